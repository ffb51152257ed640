/**
 * The class layer for the compare view: while it is shown, classmates' shared annotations (every
 * student's for the teacher) as spans naming their authors (`classLayerSpans`), never the reader's own.
 */
import { useMemo } from 'react';
import type { Article } from '../model/article.ts';
import { classLayerSpans, type Classmate } from '../model/class-layer.ts';
import type { UserSpansByBlock } from '../model/user-layer.ts';
import type { ClassSnapshot } from './class-client.ts';

const EMPTY: UserSpansByBlock = new Map();

/** Classmates' spans by article and block; empty when hidden or outside a class. */
export function useClassLayer(
  snapshot: ClassSnapshot | undefined,
  on: boolean,
  articles: readonly Article[],
): UserSpansByBlock {
  const layers = snapshot?.layers;
  const students = snapshot?.roster.students;
  const self = snapshot?.credentials.student;
  return useMemo(() => {
    if (!on || !layers || !students) return EMPTY;
    const mates: Classmate[] = Object.entries(layers)
      .filter(([id]) => id !== self)
      .map(([id, layer]) => ({
        student: id,
        name: students[id]?.name ?? id,
        annotations: layer.annotations,
      }));
    return classLayerSpans(mates, articles);
  }, [on, layers, students, self, articles]);
}
