/**
 * What a reader shares with their class: the annotations they chose (all, or one by one) and the
 * reader's own arguments those annotations use, copied from their personal annotations. The class
 * document is rewritten from this selection after every personal change, so only the reader's own
 * edits ever change what they share. Oversized annotations are held back, named, never sent (a
 * message over the server's cap would be refused on every reconnection).
 */
import { CLASS_LIMITS } from './class-room.ts';
import type { UserAnnotation, UserAnnotationState, UserArgument } from './user-annotation.ts';

/** The reader's choice: share everything, or only the listed annotation ids. */
export interface ShareChoice {
  all: boolean;
  ids: readonly string[];
}

/** What goes into the reader's class document, and what was held back for its size. */
export interface ShareSelection {
  annotations: UserAnnotation[];
  arguments: UserArgument[];
  /** Ids of chosen annotations too large to share. */
  tooLarge: string[];
}

/** The chosen annotations (within the size limits) and the reader's arguments they use. */
export function shareSelection(state: UserAnnotationState, choice: ShareChoice): ShareSelection {
  const chosen = new Set(choice.ids);
  const annotations: UserAnnotation[] = [];
  const tooLarge: string[] = [];
  let size = 0;
  for (const annotation of Object.values(state.annotations).sort((a, b) => a.id.localeCompare(b.id))) {
    if (!choice.all && !chosen.has(annotation.id)) continue;
    const length = JSON.stringify(annotation).length;
    if (length > CLASS_LIMITS.annotation || size + length > CLASS_LIMITS.shared) {
      tooLarge.push(annotation.id);
      continue;
    }
    size += length;
    annotations.push(annotation);
  }
  const used = new Set(annotations.flatMap((a) => a.arguments));
  const args = Object.values(state.arguments).filter((a) => used.has(a.id));
  return { annotations, arguments: args, tooLarge };
}
