/** 32-bit FNV-1a hash of a string (over UTF-16 code units), as an unsigned integer. Stable across runs and platforms. */
export function fnv1a32(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** 32-bit FNV-1a hash of a string (over UTF-16 code units), as 7 base-36 characters. Stable across runs and platforms. */
export function shortHash(input: string): string {
  return fnv1a32(input).toString(36).padStart(7, '0');
}
