import type { TextSegment } from '../search/group-results.ts';

/** Text with its matched words in <mark>, rendered as text nodes (never as HTML). */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
  );
}
