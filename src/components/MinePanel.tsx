import type { Article } from '../model/article.ts';
import { placeLabel, quoteCitation } from '../model/citation.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { OwnAnnotationView, OwnLinkItem } from '../state/own-annotation.ts';
import { ArgumentSection } from './ArgumentSection.tsx';
import { CopyButton } from './CopyButton.tsx';
import { LinkedPassageItem } from './LinkedPassageItem.tsx';
import { SelectionSheet } from './SelectionSheet.tsx';
import { TypeAbbrChips } from './TypeAbbrChips.tsx';

/**
 * Side panel (a sheet on a phone) of the reader's own annotation they selected: its types, place,
 * quote and note, what to do with it (Edit, Copy quote, Delete), the arguments it makes, and its links,
 * each with a way to reach it. Everything the reader wrote is rendered as text.
 */
export function MinePanel({
  view,
  index,
  articles,
  openIds,
  onShow,
  onShowBlock,
  onOpenBeside,
  onEdit,
  onDelete,
  onClose,
}: {
  view: OwnAnnotationView;
  index: TagIndex;
  articles: ReadonlyMap<string, Article>;
  openIds: readonly string[];
  onShow: (passageId: string) => void;
  /** Shows a paragraph of an open article (a linked stretch). */
  onShowBlock: (articleId: string, blockId: string) => void;
  onOpenBeside: (articleId: string) => void;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { annotation, paragraphNumber, quote } = view;
  const meta = articles.get(annotation.article)?.meta;
  return (
    <SelectionSheet
      titleId="mine-panel-title"
      title="Your annotation"
      selectionKey={annotation.id}
      className="mine-panel"
      onClose={onClose}
    >
      <p className="links-panel__where">
        <TypeAbbrChips types={annotation.types} index={index} />{' '}
        <cite>{meta?.title ?? annotation.article}</cite>, {placeLabel(paragraphNumber)}
      </p>
      {!view.placed && (
        <p className="mine-panel__status">
          Its words are no longer in the article: it is listed under “Unanchored”.
        </p>
      )}
      {view.placed?.status === 'fuzzy' && (
        <p className="mine-panel__status">
          The text changed a little since you made it: check its quote (Edit).
        </p>
      )}
      <blockquote className="links-panel__quote">{quote}</blockquote>
      {annotation.note !== undefined && (
        <>
          <h3>Your note</h3>
          <p className="mine-panel__note">{annotation.note}</p>
        </>
      )}
      <div className="links-panel__copy">
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        {meta && (
          <CopyButton
            label="Copy quote"
            text={quoteCitation(quote, meta, paragraphNumber)}
            copied="Quote copied with its citation."
            manualLabel="Copy this quote"
          />
        )}
        <button type="button" onClick={onDelete}>
          Delete
        </button>
      </div>
      {view.arguments.map((a) => (
        <ArgumentSection
          key={a.id}
          heading={a.yours ? 'Argument (yours)' : 'Argument'}
          statement={a.statement}
          questions={a.questions}
        />
      ))}
      <h3>Your links ({view.links.length})</h3>
      {view.links.length > 0 ? (
        <ul className="linked-list">
          {view.links.map((link) => (
            <LinkItem
              key={link.key}
              link={link}
              articles={articles}
              openIds={openIds}
              onShow={onShow}
              onShowBlock={onShowBlock}
              onOpenBeside={onOpenBeside}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">None yet: Edit to link a passage in another article.</p>
      )}
    </SelectionSheet>
  );
}

/** One link of the annotation: a curated passage, a stretch of an article, or a web page. */
function LinkItem({
  link,
  articles,
  openIds,
  onShow,
  onShowBlock,
  onOpenBeside,
}: {
  link: OwnLinkItem;
  articles: ReadonlyMap<string, Article>;
  openIds: readonly string[];
  onShow: (passageId: string) => void;
  onShowBlock: (articleId: string, blockId: string) => void;
  onOpenBeside: (articleId: string) => void;
}) {
  const note = link.note === undefined ? null : <p className="mine-panel__link-note">{link.note}</p>;
  if (link.kind === 'passage')
    return (
      <LinkedPassageItem
        passage={link.passage}
        article={articles.get(link.passage.article)}
        open={openIds.includes(link.passage.article)}
        onShow={onShow}
        onOpenBeside={onOpenBeside}
      >
        {note}
      </LinkedPassageItem>
    );
  if (link.kind === 'stretch') {
    const where = placeLabel(link.paragraphNumber);
    const { blockId } = link;
    return (
      <li className="linked-passage">
        <p className="linked-passage__where">
          <cite>{link.title}</cite>, {where}
        </p>
        <blockquote className="linked-passage__quote">{link.quote}</blockquote>
        {!openIds.includes(link.article) ? (
          <button
            type="button"
            onClick={() => onOpenBeside(link.article)}
            aria-label={`Open beside: ${link.title}`}
          >
            Open beside
          </button>
        ) : (
          blockId !== undefined && (
            <button
              type="button"
              onClick={() => onShowBlock(link.article, blockId)}
              aria-label={`Show in column: ${link.title}, ${where}`}
            >
              Show in column
            </button>
          )
        )}
        {note}
      </li>
    );
  }
  if (link.kind === 'url')
    return (
      <li className="linked-passage">
        <p className="linked-passage__where">A web page</p>
        {link.href !== undefined ? (
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            {link.url}
          </a>
        ) : (
          <p className="mine-panel__url">{link.url} (not an http or https address, so not a link)</p>
        )}
        {note}
      </li>
    );
  return (
    <li className="linked-passage">
      <p className="linked-passage__where">A passage the tag layer no longer has: “{link.passage}”</p>
      {note}
    </li>
  );
}
