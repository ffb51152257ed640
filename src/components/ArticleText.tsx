import { useMemo } from 'react';
import type { Article } from '../model/article.ts';
import { groupBlocks } from '../model/block-groups.ts';
import { BlockView, NonBodyGroup } from './BlockView.tsx';

/** An article's edition: headings, numbered paragraphs, and subdued non-body blocks. */
export function ArticleText({ article }: { article: Article }) {
  const groups = useMemo(() => groupBlocks(article.blocks), [article]);
  return (
    <div className="article-text">
      {groups.map((g) =>
        g.kind === 'body' ? (
          <BlockView key={g.block.id} block={g.block} />
        ) : (
          <NonBodyGroup key={g.blocks[0]?.id} blocks={g.blocks} />
        ),
      )}
    </div>
  );
}
