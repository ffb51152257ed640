/** Shown while a part of the reader loads: said to screen readers, seen by everyone. */
export function PartLoading({ part, className }: { part: string; className?: string }) {
  return (
    <p className={`part-loading${className ? ` ${className}` : ''}`} role="status">
      Loading {part}…
    </p>
  );
}
