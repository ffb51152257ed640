import { useState } from 'react';
import type { ArticleHead } from '../model/article.ts';

/** Adds a column: a labelled list of the articles not open, and an "Add column" button. */
export function ArticlePicker({
  articles,
  disabled,
  onAdd,
}: {
  articles: readonly ArticleHead[];
  disabled: boolean;
  onAdd: (id: string) => void;
}) {
  const [choice, setChoice] = useState('');
  const chosen = articles.some((a) => a.meta.id === choice) ? choice : (articles[0]?.meta.id ?? '');
  if (articles.length === 0) return null;
  return (
    <form
      className="article-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onAdd(chosen);
      }}
    >
      <label>
        Add an article{' '}
        <select value={chosen} onChange={(event) => setChoice(event.target.value)} disabled={disabled}>
          {articles.map((a) => (
            <option key={a.meta.id} value={a.meta.id}>
              {a.meta.title}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" disabled={disabled}>
        Add column
      </button>
    </form>
  );
}
