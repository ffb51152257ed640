import '../annotations.css';
import { Suspense, useRef, useState } from 'react';
import type { Article } from '../model/article.ts';
import { selectorFor } from '../model/anchor.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { annotationForm } from '../state/annotation-form.ts';
import type { AnnotationUi } from '../state/use-annotation-ui.ts';
import { useAnnotationShare } from '../state/use-annotation-share.ts';
import { useArgumentsShard } from '../state/use-corpus.ts';
import { useEscapeCloses } from '../state/use-escape-closes.ts';
import { lazyPart } from '../state/lazy-part.ts';
import type { EditorValues } from './AnnotationEditor.tsx';
import { PartLoading } from './PartLoading.tsx';
import { useSamePointOffers } from '../state/use-same-point-offers.ts';
import { SamePointOffer } from './SamePointOffer.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { UnanchoredPanel } from './UnanchoredPanel.tsx';

// Loaded on first use: the compare view's first paint needs neither.
const AnnotationEditor = lazyPart(
  'the annotation editor',
  () => import('./AnnotationEditor.tsx'),
  (m) => m.AnnotationEditor,
);
const SharePanel = lazyPart(
  'export and import',
  () => import('./SharePanel.tsx'),
  (m) => m.SharePanel,
);

const PROBLEMS = {
  empty: 'The selection is empty.',
  'outside-article': 'Select text inside one article’s paragraphs.',
  'crosses-blocks': 'Select text within one paragraph or heading.',
  'non-body': 'Captions, embedded posts and notes are not annotated.',
} as const;

/** The reader's annotation tools in the compare view: layer toggle, undo/redo, editor, share, unanchored. */
export function AnnotationsPanel({
  ui,
  index,
  articles,
  openIds,
  selectedPassage,
}: {
  ui: AnnotationUi;
  index: TagIndex;
  /** All articles of the corpus (an annotation may be in a closed one). */
  articles: ReadonlyMap<string, Article>;
  /** Ids of the open columns, in order. */
  openIds: readonly string[];
  selectedPassage: Passage | undefined;
}) {
  const { snapshot, store, selection, layer } = ui;
  const share = useAnnotationShare(store);
  const sharePanel = useRef<HTMLDetailsElement>(null);
  // Export and import are fetched when the reader first opens them, then kept.
  const [shareOpened, setShareOpened] = useState(false);
  useEscapeCloses(sharePanel);
  const annotations = snapshot.state.annotations;
  const samePoint = useSamePointOffers(annotations, openIds, store);
  // The editor offers every curated argument: the arguments shard, fetched when the editor is wanted.
  const shard = useArgumentsShard(ui.editing !== undefined || selection !== undefined);
  const { editing, target, argumentOptions, recentArguments, linkOptions, quick } = annotationForm({
    state: snapshot.state,
    layer,
    editingId: ui.editing,
    selection,
    index,
    curatedArguments: shard.status === 'ready' ? shard.data.layer.arguments : undefined,
    articles,
    openIds,
    selectedPassage,
    focusedBlock: ui.focusedBlock,
  });
  const article = target ? articles.get(target.article) : undefined;
  const done = () => {
    ui.setEditing(undefined);
    ui.clearSelection();
  };
  // Deleting the annotation that is selected also ends that selection (its panel would have nothing to show).
  const remove = (id: string) => {
    store.remove(id);
    if (ui.chosen === id) ui.choose(undefined);
    done();
  };
  const save = ({ range, ...values }: EditorValues) => {
    const { start, end } = range ?? target ?? {};
    const selector =
      article && start !== undefined && end !== undefined ? selectorFor(article.text, start, end) : undefined;
    if (editing) {
      store.update(editing.id, { ...values, ...(selector ? { selector } : {}) });
      samePoint.offerFor(editing.id);
    } else if (target && selector)
      samePoint.offerFor(store.add({ ...values, article: target.article, selector }));
    done();
  };

  return (
    // Busy while the reader's store loads (after the first paint): the count is not final until then.
    <section
      className="annotations-bar"
      aria-labelledby="annotations-title"
      aria-busy={snapshot.storage.kind === 'loading'}
    >
      <div className="annotations-bar__row">
        <h2 id="annotations-title">Your annotations ({Object.keys(annotations).length})</h2>
        <label className="toggle">
          <input type="checkbox" checked={ui.showMine} onChange={(e) => ui.setShowMine(e.target.checked)} />
          Show mine
        </label>
        <UndoButtons
          canUndo={snapshot.canUndo}
          canRedo={snapshot.canRedo}
          onUndo={() => store.undo()}
          onRedo={() => store.redo()}
        />
        <details
          className="annotations-bar__share"
          ref={sharePanel}
          onToggle={(e) => {
            if (e.currentTarget.open) setShareOpened(true);
          }}
        >
          <summary>Export or import</summary>
          {shareOpened && (
            <Suspense fallback={<PartLoading part="export and import" />}>
              <SharePanel
                count={Object.keys(annotations).length}
                preview={share.preview}
                onExport={share.exportAs}
                exportError={share.exportError}
                onChoose={(file) => void share.choose(file)}
                onConfirm={share.confirm}
                onCancel={share.cancel}
              />
            </Suspense>
          )}
        </details>
      </div>
      {/* Always there and one line high, so the quick button appearing (a chip focused by a tap) never
          pushes the columns down under the reader's finger. */}
      <div className="annotations-bar__next">
        {quick && (
          <button type="button" data-annotate-quick="" onClick={() => ui.select(quick.selection)}>
            {quick.label}
          </button>
        )}
        <p className="annotations-bar__hint" role="status">
          {selection && 'problem' in selection
            ? PROBLEMS[selection.problem]
            : target || quick || samePoint.offer.status !== 'none'
              ? ''
              : 'Select text in a column to annotate it.'}
        </p>
        <SamePointOffer
          offers={samePoint}
          passageById={index.passageById}
          articleTitle={(id) => articles.get(id)?.meta.title ?? id}
        />
      </div>
      <StorageNotice
        storage={snapshot.storage}
        onExport={() => share.exportAs('w3c')}
        onRetry={() => void store.retrySave()}
      />
      <UnanchoredPanel
        orphans={layer.orphans}
        review={layer.review}
        titleOf={(id) => articles.get(id)?.meta.title ?? id}
        onEdit={ui.setEditing}
        onRemove={(id) => store.remove(id)}
      />
      {target && article && (
        <div className="annotation-pop">
          <Suspense fallback={<PartLoading part="the annotation editor" />}>
            <AnnotationEditor
              key={editing?.id ?? `${target.article}:${target.start}:${target.end}`}
              quote={editing?.selector.quote.exact ?? article.text.slice(target.start, target.end)}
              place={
                target.start === undefined || target.end === undefined
                  ? undefined
                  : { article, range: { start: target.start, end: target.end } }
              }
              {...(editing ? { annotation: editing, onDelete: () => remove(editing.id) } : {})}
              taxonomy={index.taxonomy}
              argumentOptions={argumentOptions}
              recentArguments={recentArguments}
              linkOptions={linkOptions}
              onSave={save}
              onCancel={done}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
