/** Hook for the selected passage's disagreements, as the links panel lists them. */
import { useMemo } from 'react';
import { passageDisputes, type PassageDispute } from '../model/disputes.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Argument, Passage } from '../model/tag-layer.ts';

/** One disagreement of the passage: the note, the other side's argument, and its passages. */
export interface PassageDisputeView extends PassageDispute {
  /** The other side's argument, when it is one. */
  otherArgument: Argument | undefined;
  /** The other side's passages, resolved, in corpus order. */
  opposingPassages: Passage[];
}

/** The disagreements `passage` takes part in (`passageDisputes` over the index's disputes). */
export function usePassageDisputes(passage: Passage, index: TagIndex): PassageDisputeView[] {
  return useMemo(
    () =>
      passageDisputes(index.disputes, passage.id).map((d) => ({
        ...d,
        otherArgument: index.argumentById.get(d.other.argument ?? ''),
        opposingPassages: d.opposing
          .map((id) => index.passageById.get(id))
          .filter((p): p is Passage => p !== undefined),
      })),
    [passage.id, index],
  );
}
