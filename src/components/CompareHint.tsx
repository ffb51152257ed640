/** Says how to start comparing while fewer than two articles are open; nothing otherwise. */
export function CompareHint({ openCount }: { openCount: number }) {
  if (openCount >= 2) return null;
  return (
    <p className="compare__hint">
      {openCount === 0 ? 'No article is open.' : 'One article is open.'} Add{' '}
      {openCount === 0 ? 'two articles' : 'another article'} with “Add an article” to read them side by side.
    </p>
  );
}
