import type { Block } from '../model/article.ts';

const NON_BODY_LABELS: Record<string, string> = {
  caption: 'Photo caption',
  embed: 'Embedded post',
  'editor-note': 'Editor’s note',
  bio: 'About the author',
  footnote: 'Footnote',
};

/** Label announcing a non-body block's kind, shown above it. */
export function nonBodyLabel(kind: Block['kind']): string {
  return NON_BODY_LABELS[kind] ?? kind;
}

/** One block of an article, rendered as text (never HTML); non-body groups are rendered by NonBodyGroup. */
export function BlockView({ block }: { block: Block }) {
  if (block.kind === 'heading') {
    const Heading = block.level === 3 ? 'h4' : 'h3';
    return (
      <Heading className="block block--heading" id={block.id}>
        {block.text}
      </Heading>
    );
  }
  return (
    <p className="block block--paragraph" id={block.id} data-paragraph={block.paragraphNumber}>
      {block.paragraphNumber !== undefined && (
        <span className="paragraph-number" data-label={block.paragraphNumber} />
      )}
      {block.text}
    </p>
  );
}

/** The paragraphs of one non-body container (a caption, an embedded post…), shown subdued and labelled. */
export function NonBodyGroup({ blocks }: { blocks: readonly Block[] }) {
  const kind = blocks[0]?.kind ?? 'caption';
  const label = nonBodyLabel(kind);
  // A caption is a figure; other non-body blocks are notes, not landmarks, since an article has many.
  const Tag = kind === 'caption' ? 'figure' : 'div';
  return (
    <Tag
      className={`non-body non-body--${kind}`}
      role={kind === 'caption' ? undefined : 'note'}
      aria-label={label}
      id={blocks[0]?.id}
    >
      <span className="non-body__label" aria-hidden="true">
        {label}
      </span>
      {kind === 'caption' ? (
        <figcaption>
          {blocks.map((b) => (
            <p key={b.id}>{b.text}</p>
          ))}
        </figcaption>
      ) : (
        blocks.map((b) => <p key={b.id}>{b.text}</p>)
      )}
    </Tag>
  );
}
