import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../src/data/compile-corpus.ts';
import type { CorpusFile } from '../../src/data/compile-corpus.ts';
import { selectorFor } from '../../src/model/anchor.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { realCorpusFiles } from '../corpus/corpus-files.ts';

const base = realCorpusFiles();
const taxonomy = base.annotations.find((f) => f.path === 'annotations/taxonomy.json');
if (!taxonomy) throw new Error('annotations/taxonomy.json is missing');
// These tests check the tag layer only, so they skip the same-argument suggestions (seconds per compile).
const { corpus } = compileCorpus({ ...base, annotations: [] }, { suggestions: false });
const fto = corpus.articles.find((a) => a.meta.id === 'fto-lethal-force-legality');
const js = corpus.articles.find((a) => a.meta.id === 'just-security-self-sabotage');
if (!fto || !js) throw new Error('fixture articles are missing');

/** A passage annotation for an exact quote of the article, with full selectors. */
function passage(text: string, id: string, exact: string, extra: Record<string, unknown> = {}) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture quote not found: ${exact}`);
  const s = selectorFor(text, start, start + exact.length);
  return {
    id,
    types: ['legal'],
    arguments: ['article-51-self-defense'],
    target: {
      selector: [
        { type: 'TextQuoteSelector', ...s.quote },
        { type: 'TextPositionSelector', ...s.position },
      ],
    },
    ...extra,
  };
}

const FTO_51 = 'Article 51 provides an exception for self-defense.';
const JS_51 =
  'Article 51 of the Charter also provides that the treaty does “impair the inherent right of individual or collective self-defence” in the event of an armed attack.';

function files(ftoPassages: unknown[], jsPassages: unknown[], args?: unknown): CorpusFile[] {
  return [
    taxonomy as CorpusFile,
    {
      path: 'annotations/arguments.json',
      content: JSON.stringify(
        args ?? {
          schemaVersion: 1,
          arguments: [
            {
              id: 'article-51-self-defense',
              statement: 'Article 51 allows force only in self-defense.',
              type: 'legal',
              questions: ['Q?'],
            },
          ],
          relations: [],
          links: [],
        },
      ),
    },
    {
      path: 'annotations/fto-lethal-force-legality.json',
      content: JSON.stringify({
        schemaVersion: 1,
        article: 'fto-lethal-force-legality',
        passages: ftoPassages,
      }),
    },
    {
      path: 'annotations/just-security-self-sabotage.json',
      content: JSON.stringify({
        schemaVersion: 1,
        article: 'just-security-self-sabotage',
        passages: jsPassages,
      }),
    },
  ];
}

const compile = (annotations: CorpusFile[]) =>
  compileCorpus({ ...base, annotations }, { suggestions: false });

describe('compiling the tag layer', () => {
  it('places passages, derives arguments and their articles', () => {
    const result = compile(
      files([passage(fto.text, 'fto-001', FTO_51)], [passage(js.text, 'js-001', JS_51)]),
    );
    expect(result.problems.map(formatProblem)).toEqual([]);
    const [argument] = result.corpus.tagLayer.arguments;
    expect(argument?.articles).toEqual(['fto-lethal-force-legality', 'just-security-self-sabotage']);
    const placed = result.corpus.tagLayer.passages.find((p) => p.id === 'fto-001');
    expect(placed?.paragraphNumber).toBe(7);
    expect(fto.text.slice(placed?.start, placed?.end)).toBe(FTO_51);
    expect(
      result.gaps.some((g) => g.article === 'fto-lethal-force-legality' && g.paragraphNumber === 1),
    ).toBe(true);
  });

  it('fails with file, annotation id and reason when a quote is not at its position', () => {
    const moved = passage(fto.text, 'fto-001', FTO_51);
    const position = moved.target.selector[1] as { start: number; end: number };
    position.start += 3;
    position.end += 3;
    const result = compile(files([moved], [passage(js.text, 'js-001', JS_51)]));
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^annotations\/fto-lethal-force-legality\.json \[fto-001\]: quote is not at its position \d+–\d+; it is now at \d+–\d+ \(moved\)/,
      ),
    ]);
  });

  it('says the quote’s text changed and shows the difference when it is only approximately there', () => {
    const edited = passage(fto.text, 'fto-001', FTO_51);
    const quote = edited.target.selector[0] as { exact: string };
    const word = /\b[a-z]{5,}\b/.exec(quote.exact)?.[0] ?? '';
    quote.exact = quote.exact.replace(word, `z${word.slice(1)}`);
    const result = compile(files([edited], [passage(js.text, 'js-001', JS_51)]));
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringContaining(`[fto-001]: the quote's text changed (now at`),
    ]);
    const [before, after] = formatProblem(result.problems[0]!).split('the text now reads');
    expect(before).toContain(`the file has "Article 51 z${word.slice(1)}`);
    expect(after).toContain(`"Article 51 ${word}`);
  });

  it('reports an orphaned quote, a broken reference and a duplicate id', () => {
    const orphan = passage(fto.text, 'fto-001', FTO_51);
    (orphan.target.selector[0] as { exact: string }).exact =
      'Cartels have signed a peace treaty with the Pentagon.';
    const unknown = passage(
      fto.text,
      'fto-002',
      'Unilateral strikes may be illegal under international law.',
      {
        types: ['legal', 'astrological'],
        arguments: ['no-such-argument'],
      },
    );
    const duplicate = passage(js.text, 'fto-002', JS_51);
    const messages = compile(files([orphan, unknown], [duplicate])).problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /\[fto-001\]: quote "Cartels have signed.*" is no longer in fto-lethal-force-legality \(orphaned\)/,
      ),
    );
    expect(messages).toContainEqual(
      'annotations/fto-lethal-force-legality.json [fto-002]: unknown claim type "astrological"',
    );
    expect(messages).toContainEqual(
      'annotations/fto-lethal-force-legality.json [fto-002]: unknown argument "no-such-argument"',
    );
    expect(messages).toContainEqual(
      'annotations/just-security-self-sabotage.json [fto-002]: passage id is already used in annotations/fto-lethal-force-legality.json',
    );
  });

  it('refuses passages in non-body blocks and across paragraphs', () => {
    const caption = 'IMAGE: US Marine Corps deployed at the southern border in San Diego';
    const across =
      'be hard to square with domestic or international law. Moreover, it would likely sabotage Trump’s own stated policy priorities relating to migration and could lead to retaliation against American citizens.\n\nTrump and the Use of Force';
    const messages = compile(
      files([], [passage(js.text, 'js-001', caption), passage(js.text, 'js-002', across)]),
    ).problems.map(formatProblem);
    expect(messages).toContain(
      'annotations/just-security-self-sabotage.json [js-001]: quote lies in a caption block; non-body blocks are not tagged',
    );
    expect(messages).toContainEqual(expect.stringContaining('[js-002]: quote'));
    expect(messages).toContainEqual(expect.stringContaining('crosses a block boundary'));
  });

  it('names the annotation when a field has the wrong shape, and the line of broken JSON', () => {
    const bad = { ...passage(fto.text, 'fto-001', FTO_51), types: [] };
    const messages = compile(files([bad], [])).problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^annotations\/fto-lethal-force-legality\.json \[fto-001\]: passages\.0\.types: a passage needs at least one claim type/,
      ),
    );
    const broken = files([], []);
    broken[2] = {
      path: 'annotations/fto-lethal-force-legality.json',
      content: '{\n  "schemaVersion": 1,\n  "article": "x",\n  oops\n}',
    };
    expect(compile(broken).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^annotations\/fto-lethal-force-legality\.json:4: not valid JSON/),
    );
  });

  it('accepts annotation files saved with a UTF-8 byte-order mark, as anchor-fill and import do', () => {
    const withBom = files([passage(fto.text, 'fto-001', FTO_51)], [passage(js.text, 'js-001', JS_51)]).map(
      (file) => ({ ...file, content: `\uFEFF${file.content}` }),
    );
    const result = compile(withBom);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.corpus.tagLayer.passages.map((p) => p.id)).toEqual(['fto-001', 'js-001']);
    // A broken file with a mark still names the line of its error.
    const broken = files([], []);
    broken[2] = {
      path: 'annotations/fto-lethal-force-legality.json',
      content: '\uFEFF{\n  "a": 1,\n  oops\n}',
    };
    expect(compile(broken).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/^annotations\/fto-lethal-force-legality\.json:3: not valid JSON/),
    );
  });

  it('requires discussion questions on shared arguments and known relation ends', () => {
    const args = {
      schemaVersion: 1,
      arguments: [{ id: 'article-51-self-defense', statement: 'S.', type: 'legal', questions: [] }],
      relations: [
        {
          kind: 'contrasts',
          source: { argument: 'article-51-self-defense' },
          target: { argument: 'missing' },
          note: 'N.',
        },
      ],
      links: [],
    };
    const messages = compile(
      files([passage(fto.text, 'fto-001', FTO_51)], [passage(js.text, 'js-001', JS_51)], args),
    ).problems.map(formatProblem);
    expect(messages).toContain(
      'annotations/arguments.json [article-51-self-defense]: shared by 2 articles but has no discussion question',
    );
    expect(messages).toContainEqual(
      expect.stringContaining('[relations[0]]: contrasts article-51-self-defense ↔ missing: unknown'),
    );
  });

  it('rejects a contrast without a note, naming the file and the relation', () => {
    const args = {
      schemaVersion: 1,
      arguments: [{ id: 'article-51-self-defense', statement: 'S.', type: 'legal', questions: ['Q?'] }],
      relations: [
        {
          kind: 'contrasts',
          source: { passage: 'fto-001' },
          target: { passage: 'js-001' },
          note: '',
        },
      ],
      links: [],
    };
    const messages = compile(
      files([passage(fto.text, 'fto-001', FTO_51)], [passage(js.text, 'js-001', JS_51)], args),
    ).problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(/^annotations\/arguments\.json.*relations\.0\.note: a contrast needs a note/),
    );
  });

  it('keeps the single-article mark honest: a marked argument made in two articles is a problem', () => {
    const declare = (singleArticle: boolean) => ({
      schemaVersion: 1,
      arguments: [
        { id: 'article-51-self-defense', statement: 'S.', type: 'legal', questions: ['Q?'], singleArticle },
      ],
      relations: [],
      links: [],
    });
    const shared = compile(
      files([passage(fto.text, 'fto-001', FTO_51)], [passage(js.text, 'js-001', JS_51)], declare(true)),
    );
    expect(shared.problems.map(formatProblem)).toEqual([
      'annotations/arguments.json [article-51-self-defense]: marked "singleArticle" but made in 2 articles (fto-lethal-force-legality, just-security-self-sabotage); remove the mark',
    ]);
    const single = compile(files([passage(fto.text, 'fto-001', FTO_51)], [], declare(true)));
    expect(single.problems).toEqual([]);
    expect(single.corpus.tagLayer.arguments[0]?.singleArticle).toBe(true);
  });

  it('checks claim-type colours against WCAG AA on both themes', () => {
    const data = JSON.parse(taxonomy.content) as { types: { color: { light: string } }[] };
    const first = data.types[0];
    if (first) first.color.light = '#9ca3af';
    const annotations = files([], []);
    annotations[0] = { path: 'annotations/taxonomy.json', content: JSON.stringify(data) };
    expect(compile(annotations).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^annotations\/taxonomy\.json \[legal\]: light colour #9ca3af has contrast 2\.\d\d:1 on #ffffff; WCAG AA needs 4\.5:1/,
      ),
    );
  });
});
