import { useMemo } from 'react';
import type { Passage } from '../model/tag-layer.ts';
import type { UserLink } from '../model/user-annotation.ts';
import { linkChoiceGroups, linkChoiceLabel } from '../state/annotation-form.ts';

/** Choose passages of other open articles to link to, and remove links (part of the annotation editor). */
export function LinkPicker({
  links,
  linkOptions,
  onChange,
}: {
  links: readonly UserLink[];
  /** Curated passages of the other open articles. */
  linkOptions: readonly { passage: Passage; articleTitle: string }[];
  onChange: (links: UserLink[]) => void;
}) {
  const groups = useMemo(() => linkChoiceGroups(linkOptions), [linkOptions]);
  const passageLabel = (id: string) => linkOptions.find((o) => o.passage.id === id);
  return (
    <>
      <label>
        Link to a passage in another article
        <select
          value=""
          onChange={(e) => e.target.value && onChange([...links, { target: { passage: e.target.value } }])}
        >
          <option value="">Choose a passage…</option>
          {groups.map((group) => (
            <optgroup key={group.articleTitle} label={group.articleTitle}>
              {group.options.map(({ passage, label }) => (
                <option key={passage.id} value={passage.id}>
                  {label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {links.length > 0 && (
        <ul className="annotation-editor__links" aria-label="Links">
          {links.map((link, i) => {
            const t = link.target;
            const option = 'passage' in t ? passageLabel(t.passage) : undefined;
            const label = option
              ? `${option.articleTitle}, ${linkChoiceLabel(option.passage)}`
              : 'passage' in t
                ? t.passage
                : 'url' in t
                  ? t.url
                  : t.selector.quote.exact;
            return (
              <li key={i}>
                <span>{label}</span>{' '}
                <button type="button" onClick={() => onChange(links.filter((_, j) => j !== i))}>
                  Remove link
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
