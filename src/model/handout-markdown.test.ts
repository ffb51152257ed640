import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../tests/corpus/real-curated.ts';
import {
  argumentsMarkdown,
  handoutArticleIds,
  handoutSteps,
  type HandoutSource,
} from './handout-markdown.ts';
import { articleSourceDetails, sourceLabel } from './citation.ts';
import { escapeMarkdown, markdownBlockquote } from './handout.ts';
import type { TagLayer } from './tag-layer.ts';

const corpus = realCorpus();
const layer = corpus.tagLayer;
const source: HandoutSource = { layer, articles: corpus.articles };
const argument = (id: string) => {
  const found = layer.arguments.find((a) => a.id === id);
  if (!found) throw new Error(`no argument ${id} in the corpus`);
  return found;
};
const passage = (id: string) => {
  const found = layer.passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage ${id} in the corpus`);
  return found;
};
const meta = (id: string) => {
  const found = corpus.articles.find((a) => a.meta.id === id)?.meta;
  if (!found) throw new Error(`no article ${id}`);
  return found;
};

/** The section of `markdown` from the heading starting with `heading` up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}`);
  expect(start).toBeGreaterThan(-1);
  const level = /^#+/.exec(heading)?.[0] ?? '#';
  const rest = markdown.slice(start + 1);
  const next = rest.slice(1).search(new RegExp(`\\n${level} `));
  return next === -1 ? rest : rest.slice(0, next + 1);
}

describe('argumentsMarkdown', () => {
  it('gives each chosen argument its statement, type, passages with citations, contrasts with notes and questions', () => {
    const needed = argument('new-aumf-needed');
    const notNeeded = argument('new-aumf-not-needed');
    const md = argumentsMarkdown(
      {
        title: 'The legal basis for force',
        steps: [{ argumentId: needed.id }, { argumentId: notNeeded.id }],
      },
      source,
    );
    expect(md.startsWith('# The legal basis for force\n')).toBe(true);
    const first = section(md, `## 1. ${needed.statement}`);
    expect(first).toContain('**Claim type:** Legal');
    // Every passage making the argument, under its article, quoted with its citation (paragraph included).
    expect(needed.passages.length).toBeGreaterThan(0);
    for (const id of needed.passages) {
      const p = passage(id);
      const m = meta(p.article);
      expect(first).toContain(
        `#### ${escapeMarkdown(m.title)}\n\n${escapeMarkdown(articleSourceDetails(m))}.\n`,
      );
      expect(p.paragraphNumber).toBeDefined();
      expect(first).toContain(markdownBlockquote(p.exact));
      expect(first).toContain(`— ${escapeMarkdown(sourceLabel(m, p.paragraphNumber))}.`);
      expect(first).toContain(`paragraph ${p.paragraphNumber}`);
    }
    // The disagreement with the other side and the curators' note.
    expect(first).toContain(`- **Contrasts with:** ${notNeeded.statement}`);
    expect(first).toContain('**Why they disagree:** Javed Ali (quoted by The War Zone) expects strikes');
    expect(first).toContain(`### Discussion questions\n\n1. ${needed.questions[0]}`);
    const second = section(md, `## 2. ${notNeeded.statement}`);
    expect(second).toContain(`- **Contrasts with:** ${needed.statement}`);
    expect(second).toContain(`1. ${notNeeded.questions[0]}\n2. ${notNeeded.questions[1]}`);
    // Every article of the second argument is headed by its source details.
    for (const id of notNeeded.articles) expect(second).toContain(`#### ${escapeMarkdown(meta(id).title)}`);
  });

  it('quotes the other side’s passage with its citation when a disagreement names a passage', () => {
    const wz = passage('wz-058');
    const lf = passage('lf-037');
    const own = wz.arguments[0];
    expect(own).toBeDefined();
    const md = argumentsMarkdown({ title: 'T', steps: [{ argumentId: own ?? '' }] }, source);
    const contrasts = section(md, '### Contrasts');
    expect(contrasts).toContain(`  > ${lf.exact.slice(0, 30)}`);
    expect(contrasts).toContain(`  — ${escapeMarkdown(sourceLabel(meta(lf.article), lf.paragraphNumber))}.`);
    expect(contrasts).toContain('Lawfare cites polling showing most Mexicans oppose US troops');
  });

  it('prints a plan step’s prompt and note, the passages’ addresses, and names an argument no longer in the corpus', () => {
    const needed = argument('new-aumf-needed');
    const md = argumentsMarkdown(
      {
        title: 'Plan',
        intro: 'Week 3.\nBring the articles.',
        steps: [
          { argumentId: needed.id, prompt: 'Who decides?', note: 'Ten minutes.' },
          { argumentId: 'gone-argument', prompt: 'Still asked' },
        ],
      },
      { ...source, passageUrl: (p) => `https://parallax.example/article/${p.article}?p=${p.id}&x=a b` },
    );
    expect(md).toContain('# Plan\n\nWeek 3.  \nBring the articles.\n');
    expect(md).toContain(`## 1. ${needed.statement}\n\n**Prompt:** Who decides?\n\n**Note:** Ten minutes.\n`);
    const first = passage(needed.passages[0] ?? '');
    expect(md).toContain(`<https://parallax.example/article/${first.article}?p=${first.id}&x=a%20b>`);
    expect(md).toContain('## 2. Argument gone-argument\n\n_This argument is not in the corpus any more._');
    expect(md).toContain('**Prompt:** Still asked');
  });

  it('escapes Markdown in corpus and reader text so nothing turns into links, emphasis, headings or HTML', () => {
    const needed = argument('new-aumf-needed');
    const p = passage(needed.passages[0] ?? '');
    const hostile: TagLayer = {
      ...layer,
      arguments: layer.arguments.map((a) =>
        a.id === needed.id
          ? {
              ...a,
              statement: '*Bold* [click](http://evil.example) <script>x</script>',
              questions: ['# not a heading'],
            }
          : a,
      ),
      passages: layer.passages.map((x) =>
        x.id === p.id ? { ...x, exact: '![img](http://evil.example/x.png)\n- list\n1. item _em_ `code`' } : x,
      ),
    };
    const md = argumentsMarkdown(
      {
        title: '# Title [link](javascript:alert(1))',
        steps: [
          { argumentId: needed.id, prompt: '<img src=x onerror=alert(1)>', note: '**loud**\n## heading' },
        ],
      },
      { ...source, layer: hostile },
    );
    expect(md).toContain('# \\# Title \\[link\\](javascript:alert(1))\n');
    expect(md).toContain(
      '## 1. \\*Bold\\* \\[click\\](http://evil.example) &lt;script&gt;x&lt;/script&gt;\n',
    );
    expect(md).toContain('**Prompt:** &lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('**Note:** \\*\\*loud\\*\\*  \n\\#\\# heading');
    expect(md).toContain(
      '> !\\[img\\](http://evil.example/x.png)\n> \\- list\n> 1\\. item \\_em\\_ \\`code\\`',
    );
    expect(md).toContain('1. \\# not a heading');
    // No raw markup survives anywhere the hostile text went.
    expect(md).not.toMatch(/(^|[^\\])\[click\]/);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
  });

  it('refuses a layer without the chosen argument’s passages (its article not loaded), naming them', () => {
    const needed = argument('new-aumf-needed');
    const withoutPassages: TagLayer = { ...layer, passages: [] };
    expect(() =>
      argumentsMarkdown(
        { title: 'T', steps: [{ argumentId: needed.id }] },
        { ...source, layer: withoutPassages },
      ),
    ).toThrow(`passage ${needed.passages[0]} of argument new-aumf-needed is not in the layer given`);
  });

  it('says when no argument is chosen', () => {
    expect(argumentsMarkdown({ title: 'Empty', steps: [] }, source)).toBe(
      '# Empty\n\n_No arguments chosen._\n',
    );
  });
});

describe('handoutSteps', () => {
  it('orders the chosen arguments as the list shows them, then those the filter hides in the order chosen', () => {
    expect(handoutSteps(new Set(['z', 'c', 'a', 'y']), ['a', 'b', 'c'])).toEqual([
      { argumentId: 'a' },
      { argumentId: 'c' },
      { argumentId: 'z' },
      { argumentId: 'y' },
    ]);
    expect(handoutSteps([], ['a'])).toEqual([]);
  });
});

describe('handoutArticleIds', () => {
  it('names the chosen arguments’ own articles once each, nothing for an unknown argument', () => {
    const needed = argument('new-aumf-needed');
    const notNeeded = argument('new-aumf-not-needed');
    const ids = handoutArticleIds(layer.arguments, [notNeeded.id, needed.id, 'gone']);
    expect(ids.sort()).toEqual([...new Set([...notNeeded.articles, ...needed.articles])].sort());
    expect(handoutArticleIds(layer.arguments, [])).toEqual([]);
  });
});
