import { describe, expect, it } from 'vitest';
import { main } from '../../cli/parallax.ts';
import { ROOT, realCompiled } from '../corpus/corpus-files.ts';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // The run's shared compile of the real corpus stands in for the CLI's own (tests/fixtures/real-corpus-setup.ts).
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, ROOT, realCompiled);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Ref {
  article: string;
  start: number;
  end: number;
  exact: string;
  passage?: string;
}
interface Link {
  kind: string;
  source: Ref;
  target: Ref;
  score?: number;
  rank?: number;
}

describe('npm run corpus -- links --suggested', () => {
  const curated = JSON.parse(run('links', '--json').out) as Link[];
  const all = JSON.parse(run('links', '--json', '--suggested').out) as Link[];
  const suggested = all.filter((l) => l.kind === 'suggested');
  const csv = run('links', '--csv', '--suggested');

  it('adds the build’s suggestions after the curated links, and only with --suggested', () => {
    expect(curated.some((l) => l.kind === 'suggested')).toBe(false);
    expect(suggested.length).toBeGreaterThan(0);
    expect(all.slice(0, curated.length)).toEqual(curated);
    expect(all).toHaveLength(curated.length + suggested.length);
  });

  it('gives each suggestion the curated links’ shape, a score in 0..1 and its rank per source', () => {
    const texts = new Map<string, string>();
    const text = (id: string) => texts.get(id) ?? texts.set(id, run('text', id).out).get(id) ?? '';
    const ranks = new Map<string, number[]>();
    for (const l of suggested) {
      expect(Object.keys(l).sort()).toEqual(['kind', 'rank', 'score', 'source', 'target']);
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(l.source.article).not.toBe(l.target.article);
      for (const end of [l.source, l.target])
        expect(text(end.article).slice(end.start, end.end)).toBe(end.exact);
      const key = l.source.passage ?? '';
      ranks.set(key, [...(ranks.get(key) ?? []), l.rank ?? 0]);
    }
    for (const list of ranks.values()) expect(list).toEqual(list.map((_, i) => i + 1));
  });

  it('writes them as CSV rows too, with score and rank columns', () => {
    const { code, out } = csv;
    expect(code).toBe(0);
    const rows = out.split('\r\n').filter((r) => r.startsWith('suggested,'));
    expect(rows).toHaveLength(suggested.length);
    const first = suggested[0];
    expect(rows[0]?.startsWith(`suggested,,,${first?.score},${first?.rank},${first?.source.article},`)).toBe(
      true,
    );
  });

  it('documents --suggested and eval-suggestions in the usage text', () => {
    const { out } = run('--help');
    expect(out).toContain('--suggested');
    expect(out).toContain('eval-suggestions');
  });
});

describe('npm run corpus -- links --suggested --per-article K', () => {
  const build = (JSON.parse(run('links', '--json', '--suggested').out) as Link[]).filter(
    (l) => l.kind === 'suggested',
  );
  // One real-corpus engine run (~1 s idle), made while the file is collected, as the runs above.
  const five = (JSON.parse(run('links', '--json', '--suggested', '--per-article', '5').out) as Link[]).filter(
    (l) => l.kind === 'suggested',
  );
  const byArticle = (links: readonly Link[]) => {
    const out = new Map<string, Link[]>();
    for (const l of links) {
      const key = `${l.source.passage ?? ''} ${l.target.article}`;
      out.set(key, [...(out.get(key) ?? []), l]);
    }
    return out;
  };

  it('lists up to K per source passage and other article, more than the build keeps', () => {
    const groups = byArticle(five);
    for (const list of groups.values()) expect(list.length).toBeLessThanOrEqual(5);
    expect([...groups.values()].some((list) => list.length > 3)).toBe(true);
    expect(five.length).toBeGreaterThan(build.length);
    for (const l of five) expect(l.source.article).not.toBe(l.target.article);
  });

  it('ranks as the build does: the build’s suggestions in an article come first, in order', () => {
    const wide = byArticle(five);
    for (const [key, list] of byArticle(build)) {
      const targets = (wide.get(key) ?? []).map((l) => `${l.target.start}:${l.target.end}`);
      expect(targets.slice(0, list.length)).toEqual(list.map((l) => `${l.target.start}:${l.target.end}`));
    }
  });

  it('refuses a K that is not a whole number from 1, or --per-article without --suggested', () => {
    for (const k of ['0', 'three', '2.5', '1000']) {
      const { code, err } = run('links', '--json', '--suggested', '--per-article', k);
      expect(code).toBe(2);
      expect(err).toContain(`--per-article takes a whole number from 1 to 999, not "${k}"`);
    }
    const alone = run('links', '--json', '--per-article', '5');
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('use it with links --suggested');
  });

  it('documents --per-article and the hit@k figures in the usage text', () => {
    const { out } = run('--help');
    expect(out).toContain('--per-article K');
    expect(out).toContain('hit@3');
  });
});
