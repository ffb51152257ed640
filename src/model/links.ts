/**
 * Cross-references between passages: pairs of passages in different articles that make the same
 * argument, explicit passage links, and `contrasts` relations expanded to passage pairs.
 */
import type { Passage, TagLayer } from './tag-layer.ts';

/** One end of a cross-reference: a passage's place in its article (UTF-16 offsets into the article text). */
export interface PassageRef {
  article: string;
  start: number;
  end: number;
  /** `article.text.slice(start, end)`. */
  exact: string;
  /** Id of the curated passage, when the end is one. */
  passage?: string;
}

/** A cross-reference between two passages. */
export interface CrossReference {
  /** "curated": same argument or explicit link; "contrasts": opposing positions; "suggested": found by similarity. */
  kind: 'curated' | 'contrasts' | 'suggested';
  /** The argument both passages make (curated), or the source side's argument (contrasts). */
  argument?: string;
  /** The target side's argument, for argument-level contrasts. */
  targetArgument?: string;
  source: PassageRef;
  target: PassageRef;
  note?: string;
  /** Similarity score in [0, 1] (suggested only). */
  score?: number;
  /** 1-based rank among the source passage's suggestions (suggested only). */
  rank?: number;
}

/** The reference form of a passage. */
export function refOf(passage: Passage): PassageRef {
  return {
    article: passage.article,
    start: passage.start,
    end: passage.end,
    exact: passage.exact,
    passage: passage.id,
  };
}

/**
 * Every curated cross-reference, in a stable order: for each argument, each pair of its passages in
 * different articles (source first in corpus order); then explicit links; then contrasts.
 */
export function curatedCrossReferences(layer: TagLayer): CrossReference[] {
  const byId = new Map(layer.passages.map((p) => [p.id, p]));
  const out: CrossReference[] = [];
  for (const argument of layer.arguments) {
    const passages = argument.passages.map((id) => byId.get(id)).filter((p): p is Passage => p !== undefined);
    for (let i = 0; i < passages.length; i++) {
      for (let j = i + 1; j < passages.length; j++) {
        const [a, b] = [passages[i], passages[j]] as [Passage, Passage];
        if (a.article !== b.article)
          out.push({ kind: 'curated', argument: argument.id, source: refOf(a), target: refOf(b) });
      }
    }
  }
  for (const link of layer.links) {
    const [a, b] = [byId.get(link.source), byId.get(link.target)];
    if (a && b)
      out.push({
        kind: 'curated',
        source: refOf(a),
        target: refOf(b),
        ...(link.note ? { note: link.note } : {}),
      });
  }
  const argumentPassages = new Map(layer.arguments.map((a) => [a.id, a.passages]));
  for (const relation of layer.relations) {
    const sources =
      'argument' in relation.source
        ? (argumentPassages.get(relation.source.argument) ?? [])
        : [relation.source.passage];
    const targets =
      'argument' in relation.target
        ? (argumentPassages.get(relation.target.argument) ?? [])
        : [relation.target.passage];
    for (const s of sources) {
      for (const t of targets) {
        const [a, b] = [byId.get(s), byId.get(t)];
        if (!a || !b || a.id === b.id) continue;
        out.push({
          kind: 'contrasts',
          ...('argument' in relation.source ? { argument: relation.source.argument } : {}),
          ...('argument' in relation.target ? { targetArgument: relation.target.argument } : {}),
          source: refOf(a),
          target: refOf(b),
          ...(relation.note ? { note: relation.note } : {}),
        });
      }
    }
  }
  return out;
}
