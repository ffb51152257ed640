/** The sentence the compare view's live region announces when a passage is selected. */
import { placeLabel } from '../model/citation.ts';
import type { Article } from '../model/article.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';

/** "Selected: legal passage in <title>, paragraph 7. 2 linked passages, 1 in an open column." ("" for none). */
export function selectionAnnouncement(
  passage: Passage | undefined,
  index: TagIndex,
  articles: ReadonlyMap<string, Article>,
  openIds: readonly string[],
): string {
  if (!passage) return '';
  const types = passage.types.map((t) => (index.typeById.get(t)?.label ?? t).toLowerCase()).join(' and ');
  const where = placeLabel(passage.paragraphNumber);
  const linked = [...new Set((index.cross.get(passage.id) ?? []).map((l) => l.passage))];
  const openCount = linked.filter((id) => openIds.includes(index.passageById.get(id)?.article ?? '')).length;
  const links =
    linked.length === 0
      ? 'No linked passages.'
      : `${linked.length} linked passage${linked.length === 1 ? '' : 's'}, ${openCount} in ${openCount === 1 ? 'an open column' : 'open columns'}.`;
  return `Selected: ${types} passage in ${articles.get(passage.article)?.meta.title ?? passage.article}, ${where}. ${links}`;
}
