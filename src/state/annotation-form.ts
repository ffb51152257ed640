/** What the annotation editor works on: its target range and the arguments and passages it can offer. */
import type { Article } from '../model/article.ts';
import { firstSentence } from '../model/range-adjust.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Argument, Passage } from '../model/tag-layer.ts';
import type { UserAnnotation, UserAnnotationState } from '../model/user-annotation.ts';
import type { UserLayer } from '../model/user-layer.ts';
import { recentArgumentIds, type ArgumentOption } from './argument-choices.ts';
import type { BlockRef } from './use-focused-block.ts';
import type { TextSelection } from './use-text-selection.ts';

/** The range being annotated (UTF-16 offsets into the article text); absent offsets mean an orphan. */
export interface AnnotationTarget {
  article: string;
  start?: number;
  end?: number;
}

/** Everything the editor needs, derived from the reader's state in one place. */
export interface AnnotationForm {
  /** The annotation open for editing, if any. */
  editing: UserAnnotation | undefined;
  /** What is being annotated: the edited annotation's current place, or a valid selection. */
  target: AnnotationTarget | undefined;
  /** Curated and the reader's own arguments, the reader's first. */
  argumentOptions: ArgumentOption[];
  /** The arguments the reader used most recently, most recent first (the picker lists them first). */
  recentArguments: string[];
  /** Curated passages of the other open articles, for cross-references. */
  linkOptions: { passage: Passage; articleTitle: string }[];
  /**
   * A keyboard way to start an annotation when nothing is targeted: the selected curated passage,
   * or else the first sentence of the block the reader was last in (moved a sentence at a time in the editor).
   */
  quick: { label: string; selection: { article: string; start: number; end: number } } | undefined;
}

/** The label and range of the quick start (see `AnnotationForm.quick`). */
function quickStart(
  articles: ReadonlyMap<string, Article>,
  openIds: readonly string[],
  selectedPassage: Passage | undefined,
  focusedBlock: BlockRef | undefined,
): AnnotationForm['quick'] {
  if (selectedPassage) {
    const { article, start, end } = selectedPassage;
    return { label: 'Annotate the selected passage', selection: { article, start, end } };
  }
  const open = focusedBlock && openIds.includes(focusedBlock.article);
  const article = open ? articles.get(focusedBlock.article) : undefined;
  const block = article?.blocks.find((b) => b.id === focusedBlock?.blockId);
  const range = article && block && firstSentence(article, block.id);
  if (!article || !block || !range) return undefined;
  const label =
    block.paragraphNumber === undefined
      ? `Annotate the heading “${block.text.length > 60 ? `${block.text.slice(0, 59)}…` : block.text}”`
      : `Annotate the first sentence of paragraph ${block.paragraphNumber}`;
  return { label, selection: { article: article.meta.id, ...range } };
}

/** Derives the editor's target and options; pure, so the panel only renders. */
export function annotationForm(input: {
  state: UserAnnotationState;
  layer: Pick<UserLayer, 'placed'>;
  editingId: string | undefined;
  selection: TextSelection | undefined;
  index: Pick<TagIndex, 'argumentById' | 'passagesByArticle'>;
  /** Every curated argument (the arguments shard) once it has arrived; until then the loaded ones. */
  curatedArguments?: readonly Argument[] | undefined;
  articles: ReadonlyMap<string, Article>;
  openIds: readonly string[];
  /** The selected curated passage, if any. */
  selectedPassage?: Passage | undefined;
  /** The block the reader was last in (keyboard focus), if any. */
  focusedBlock?: BlockRef | undefined;
}): AnnotationForm {
  const { state, layer, editingId, selection, index, articles, openIds } = input;
  const editing = editingId === undefined ? undefined : state.annotations[editingId];
  const placed = editing && layer.placed.find((p) => p.annotation.id === editing.id);
  const target: AnnotationTarget | undefined = editing
    ? { article: editing.article, ...(placed ? { start: placed.start, end: placed.end } : {}) }
    : selection && !('problem' in selection)
      ? selection
      : undefined;
  const argumentOptions = [
    ...Object.values(state.arguments).map((a) => ({
      id: a.id,
      statement: a.statement,
      type: a.type,
      user: true,
    })),
    ...(input.curatedArguments ?? [...index.argumentById.values()]).map((a) => ({
      id: a.id,
      statement: a.statement,
      type: a.type,
      user: false,
    })),
  ];
  const recentArguments = recentArgumentIds(Object.values(state.annotations));
  const linkOptions = openIds
    .filter((id) => id !== target?.article)
    .flatMap((id) =>
      (index.passagesByArticle.get(id) ?? []).map((passage) => ({
        passage,
        articleTitle: articles.get(id)?.meta.title ?? id,
      })),
    );
  const quick = target ? undefined : quickStart(articles, openIds, input.selectedPassage, input.focusedBlock);
  return { editing, target, argumentOptions, recentArguments, linkOptions, quick };
}

/** The link picker's choices for one open article: its title and its passages, each labelled. */
export interface LinkChoiceGroup {
  articleTitle: string;
  options: { passage: Passage; label: string }[];
}

/** A passage as the link picker names it: its paragraph, then its words, whole ("¶ 14: …"). */
export function linkChoiceLabel(passage: Passage): string {
  return `${passage.paragraphNumber === undefined ? 'Heading' : `¶ ${passage.paragraphNumber}`}: ${passage.exact}`;
}

/** The link options grouped by article, in the order given (open columns, then reading order). */
export function linkChoiceGroups(options: Readonly<AnnotationForm['linkOptions']>): LinkChoiceGroup[] {
  const groups: LinkChoiceGroup[] = [];
  for (const { passage, articleTitle } of options) {
    const last = groups.at(-1);
    const group =
      last?.articleTitle === articleTitle
        ? last
        : (groups[groups.push({ articleTitle, options: [] }) - 1] as LinkChoiceGroup);
    group.options.push({ passage, label: linkChoiceLabel(passage) });
  }
  return groups;
}
