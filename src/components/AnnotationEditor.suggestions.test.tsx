import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { realCompiled } from '../../tests/corpus/corpus-files.ts';
import { argumentRecommender } from '../state/argument-recommender-session.ts';
import { AnnotationEditor } from './AnnotationEditor.tsx';

// The real corpus (the run's one shared compile) and the recommender's real data (a virtual module).
const { corpus } = realCompiled();
const { tagLayer } = corpus;
const options = tagLayer.arguments.map((a) => ({
  id: a.id,
  statement: a.statement,
  type: a.type,
  user: false,
}));
const article = corpus.articles.find((a) => a.meta.id === 'fto-lethal-force-legality');
// “Article 51 provides an exception for self-defense.”: the first sentence of passage fto-015.
const passage = tagLayer.passages.find((p) => p.id === 'fto-015');
const sentenceEnd = (passage?.start ?? 0) + (passage?.exact.indexOf('.') ?? 0) + 1;
const A51 = tagLayer.arguments.find((a) => a.id === 'article-51-self-defense-exception');

function renderEditor() {
  if (!article || !passage || !A51) throw new Error('the real corpus lacks fto-015 or its argument');
  const onSave = vi.fn();
  render(
    <AnnotationEditor
      quote={article.text.slice(passage.start, sentenceEnd)}
      place={{ article, range: { start: passage.start, end: sentenceEnd } }}
      taxonomy={tagLayer.taxonomy}
      argumentOptions={options}
      linkOptions={[]}
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

// The session's recommender is started once for the file (its data is compiled by the Vite plugin and
// it is built on the main thread here, jsdom having no Worker): seconds on a loaded machine, so before
// the tests, which then only ask it.
beforeAll(async () => {
  await argumentRecommender();
}, 120_000);

// The editor holds every real argument (a picker of ~140 options), which makes role queries slow in
// jsdom on a loaded machine: hence the longer timeout (each test takes ~1 s when the machine is idle).
describe('the annotation editor’s suggested arguments', { timeout: 20_000 }, () => {
  it('lists three arguments with statement and why; one click attaches one, and saving keeps it', async () => {
    const { onSave, user } = renderEditor();
    const section = screen.getByRole('region', { name: 'Arguments this passage may make' });
    const choice = await within(section).findByRole('button', { name: A51?.statement }, { timeout: 5000 });
    expect(within(section).getAllByRole('button')).toHaveLength(3);
    expect(choice).toHaveAccessibleDescription(/“Article 51”/);
    expect(choice).toHaveAttribute('aria-pressed', 'false');
    await user.click(choice);
    expect(choice).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('combobox', { name: 'Argument' })).toHaveValue(
      'article-51-self-defense-exception',
    );
    await user.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ arguments: ['article-51-self-defense-exception'] }),
    );
  });

  it('detaches the argument when its suggestion is pressed again', async () => {
    const { onSave, user } = renderEditor();
    const section = screen.getByRole('region', { name: 'Arguments this passage may make' });
    const choice = await within(section).findByRole('button', { name: A51?.statement }, { timeout: 5000 });
    await user.click(choice);
    await user.click(choice);
    expect(choice).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ arguments: [] }));
  });
});
