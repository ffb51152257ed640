import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/parallax.ts';
import { formatStats, type CorpusStats } from '../../cli/commands/stats.ts';
import { ROOT, realCompiled } from '../corpus/corpus-files.ts';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // The run's shared compile of the real corpus stands in for the CLI's own (tests/fixtures/real-corpus-setup.ts).
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, ROOT, realCompiled);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run corpus', () => {
  it('stats --json counts the five articles and, for each of the ten pairs, the arguments both make', () => {
    const { code, out } = run('stats', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(out) as CorpusStats;
    expect(stats.articles).toBe(5);
    expect(stats.words).toBeGreaterThan(12_000);
    expect(stats.perArticle.map((a) => a.id)).toContain('lawfare-bombing-mexico');
    expect(stats.perArticle.every((a) => a.sentences > 10)).toBe(true);
    expect(stats.pairs).toHaveLength(10);
    const pair = stats.pairs.find(
      (p) => p.a === 'lawfare-bombing-mexico' && p.b === 'war-zone-military-options',
    );
    expect(pair?.sharedArguments).toBeGreaterThan(0);
    expect(pair?.arguments).toHaveLength(pair?.sharedArguments ?? -1);
    expect(pair?.arguments).toContain('cartel-problem-persists');
    for (const p of stats.pairs) expect(p.sharedArguments).toBeLessThanOrEqual(stats.sharedArguments);
    expect(formatStats(stats)).toMatch(
      new RegExp(`\\nlawfare-bombing-mexico × war-zone-military-options +${pair?.sharedArguments}(\\n|$)`),
    );
  });

  it('text prints the canonical text that offsets refer to', () => {
    const { code, out } = run('text', 'fto-lethal-force-legality');
    expect(code).toBe(0);
    expect(out.startsWith('The FTO designation increases the likelihood')).toBe(true);
    expect(out).toContain('\n\nUnilateral strikes may be illegal under international law.');
    expect(run('text', 'nope')).toMatchObject({ code: 2, err: expect.stringContaining('No article "nope"') });
  });

  it('validate reports success, and links prints JSON whose quotes are the offsets’ slices', () => {
    const validate = run('validate', '--json');
    expect(JSON.parse(validate.out)).toMatchObject({ ok: true, problems: [] });
    const links = JSON.parse(run('links', '--json').out) as {
      source: { article: string; start: number; end: number; exact: string };
    }[];
    const texts = new Map<string, string>();
    for (const link of links.slice(0, 50)) {
      const text = texts.get(link.source.article) ?? run('text', link.source.article).out;
      texts.set(link.source.article, text);
      expect(text.slice(link.source.start, link.source.end)).toBe(link.source.exact);
    }
  });

  it('compiles the corpus from disk by itself, without suggestions unless links --suggested asks', () => {
    const out: string[] = [];
    const code = main(['validate', '--json'], { out: (s) => out.push(s), err: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: true, problems: [] });
  });

  it('rejects an unknown command or option with usage and exit code 2', () => {
    expect(run('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown command "frobnicate"'),
    });
    expect(run('stats', '--jsno')).toMatchObject({ code: 2, err: expect.stringContaining('Usage:') });
  });
});

describe('eval-suggestions on an invalid corpus (issue 13, item 5)', () => {
  it('warns that its figures leave out what did not compile', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
    const err: string[] = [];
    // No passages left to evaluate, so the command stops right after its warning: the evaluation
    // itself takes ~10 s on a loaded machine, and only the warning is checked here.
    const broken = (): ReturnType<typeof realCompiled> => {
      const compiled = realCompiled();
      return {
        ...compiled,
        corpus: { ...compiled.corpus, tagLayer: { ...compiled.corpus.tagLayer, passages: [] } },
        problems: [{ file: 'corpus/lawfare-bombing-mexico.md', message: 'front matter is not YAML' }],
      };
    };
    main(['eval-suggestions'], { out: () => undefined, err: (s) => err.push(s) }, root, broken);
    rmSync(root, { recursive: true, force: true });
    expect(err[0]).toBe(
      'warning: the corpus has 1 problem (npm run corpus -- validate); these figures leave out what did not compile',
    );
  });
});

describe('anchor-fill on a corpus whose edition did not compile (issue 13, item 5)', () => {
  it("names the edition's problem, file and line, beside the annotation file left unfilled", () => {
    const err: string[] = [];
    const broken = (): ReturnType<typeof realCompiled> => {
      const compiled = realCompiled();
      return {
        ...compiled,
        corpus: {
          ...compiled.corpus,
          articles: compiled.corpus.articles.filter((a) => a.meta.id !== 'lawfare-bombing-mexico'),
        },
        problems: [
          {
            file: 'corpus/lawfare-bombing-mexico.md',
            line: 4,
            message: 'front matter is not valid YAML: Map keys must be unique (column 1)',
          },
        ],
      };
    };
    const code = main(
      ['anchor-fill', '--dry-run'],
      { out: () => undefined, err: (s) => err.push(s) },
      ROOT,
      broken,
    );
    expect(code).toBe(1);
    expect(err).toContain(
      'corpus/lawfare-bombing-mexico.md:4: front matter is not valid YAML: Map keys must be unique (column 1)',
    );
    expect(err.join('\n')).toMatch(/lawfare-bombing-mexico\.json: not filled/);
  });
});
