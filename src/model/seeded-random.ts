/**
 * A small deterministic pseudo-random generator (mulberry32), for generated data that must come out
 * the same on every run and platform (the synthetic corpus). Never for anything secret.
 */
import { fnv1a32 } from './hash.ts';

/** A generator of numbers in [0, 1), fixed by its seed. */
export type Random = () => number;

/** A mulberry32 generator seeded by a 32-bit integer, or by a string (through its FNV-1a hash). */
export function seededRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : fnv1a32(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
