/**
 * Disagreements: the curated `contrasts` relations (annotations/arguments.json) as the reader sees
 * them. Each is two sides, an argument with the passages that make it or one passage, with the
 * curators' note saying what the disagreement is. The cross-reference index (`cross-index.ts`)
 * expands the same relations to passage pairs for connectors; this module keeps them whole.
 *
 * An argument is "in dispute" when a relation names it, or names a passage that makes it (the
 * passage is where its article makes that argument, and that is what the other side contradicts).
 */
import type { Argument, Passage, RelationEnd, TagLayer } from './tag-layer.ts';

/** One side of a disagreement. */
export interface DisputeSide {
  /** The argument this side states, when the relation names an argument. */
  argument?: string;
  /** The passage the relation names, when it names a passage. */
  passage?: string;
  /** The passages on this side, in corpus order: the argument's passages, or the one passage. */
  passages: string[];
  /** The articles of those passages, in corpus order. */
  articles: string[];
}

/** A curated disagreement between two sides, with its note. */
export interface Dispute {
  /** Stable id from both ends (`<source>~<target>`), usable as an anchor. */
  id: string;
  sides: readonly [DisputeSide, DisputeSide];
  note?: string;
  /** The arguments in dispute, in first-mention order (see the file comment). */
  arguments: string[];
}

/** Every curated disagreement, in the order of `layer.relations`; ends naming nothing known are left out. */
export function curatedDisputes(layer: TagLayer): Dispute[] {
  const passages = new Map(layer.passages.map((p) => [p.id, p]));
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const out: Dispute[] = [];
  for (const relation of layer.relations) {
    const source = sideOf(relation.source, passages, args);
    const target = sideOf(relation.target, passages, args);
    if (!source || !target) continue;
    const argumentIds = [source, target].flatMap((side) =>
      side.argument !== undefined ? [side.argument] : (passages.get(side.passage ?? '')?.arguments ?? []),
    );
    out.push({
      id: `${endKey(relation.source)}~${endKey(relation.target)}`,
      sides: [source, target],
      ...(relation.note !== undefined ? { note: relation.note } : {}),
      arguments: [...new Set(argumentIds)],
    });
  }
  return out;
}

/** The ids of every argument in dispute. */
export function disputedArgumentIds(disputes: readonly Dispute[]): Set<string> {
  return new Set(disputes.flatMap((d) => d.arguments));
}

/** The disputes touching at least one of `argumentIds`, in their own order. */
export function disputesOfArguments(
  disputes: readonly Dispute[],
  argumentIds: ReadonlySet<string>,
): Dispute[] {
  return disputes.filter((d) => d.arguments.some((a) => argumentIds.has(a)));
}

/** A passage's part in one disagreement: which side it is on, and the passages of the other side. */
export interface PassageDispute {
  dispute: Dispute;
  /** The side the passage is on (0: the relation's source). */
  side: 0 | 1;
  /** The other side. */
  other: DisputeSide;
  /** The other side's passages, in corpus order, the passage itself left out. */
  opposing: string[];
}

/** The disagreements `passageId` takes part in, in the disputes' order (a passage on both sides of one is left out of it). */
export function passageDisputes(disputes: readonly Dispute[], passageId: string): PassageDispute[] {
  const out: PassageDispute[] = [];
  for (const dispute of disputes) {
    const [a, b] = dispute.sides;
    const onA = a.passages.includes(passageId);
    if (onA === b.passages.includes(passageId)) continue;
    const other = onA ? b : a;
    const opposing = other.passages.filter((id) => id !== passageId);
    if (opposing.length > 0) out.push({ dispute, side: onA ? 0 : 1, other, opposing });
  }
  return out;
}

/**
 * The two passages to open side by side for a disagreement: the first passage of the first side,
 * and the first passage of the second side in another article (else its first passage).
 */
export function disputePair(
  dispute: Dispute,
  passageById: ReadonlyMap<string, Passage>,
): { from: Passage; to: Passage } | undefined {
  const [a, b] = dispute.sides;
  const from = passageById.get(a.passages[0] ?? '');
  if (!from) return undefined;
  const others = b.passages.map((id) => passageById.get(id)).filter((p): p is Passage => p !== undefined);
  const to = others.find((p) => p.article !== from.article) ?? others[0];
  return to ? { from, to } : undefined;
}

/** The articles to open for two passages side by side: the first's, then the second's when different. */
export function sideBySideArticles(from: Passage, to: Passage): string[] {
  return from.article === to.article ? [from.article] : [from.article, to.article];
}

function sideOf(
  end: RelationEnd,
  passages: ReadonlyMap<string, Passage>,
  args: ReadonlyMap<string, Argument>,
): DisputeSide | undefined {
  if ('argument' in end) {
    const argument = args.get(end.argument);
    // An argument's passages and articles are already in corpus order.
    return argument
      ? { argument: argument.id, passages: [...argument.passages], articles: [...argument.articles] }
      : undefined;
  }
  const passage = passages.get(end.passage);
  return passage ? { passage: passage.id, passages: [passage.id], articles: [passage.article] } : undefined;
}

function endKey(end: RelationEnd): string {
  return 'argument' in end ? end.argument : end.passage;
}

/** The articles of both sides of `dispute`, each once (first side first). */
export function disputeArticles(dispute: Dispute): string[] {
  return [...new Set(dispute.sides.flatMap((s) => s.articles))];
}
