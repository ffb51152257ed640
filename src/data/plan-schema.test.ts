import { describe, expect, it } from 'vitest';
import type { DiscussionPlan } from '../model/discussion-plan.ts';
import { PLANS_FILE_MAX_BYTES, plansFileContent, readPlansFile } from './plan-schema.ts';

const plan: DiscussionPlan = {
  id: 'p1',
  name: 'Legal basis',
  steps: [
    { id: 's1', target: { kind: 'argument', id: 'fto-designation' }, prompt: 'Why?', note: 'Ask Ana first' },
    { id: 's2', target: { kind: 'contrast', id: 'a~b', articles: ['x', 'y'] } },
  ],
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T11:00:00.000Z',
};

describe('plans file', () => {
  it('writes a schemaVersion and reads its own file back unchanged, notes included', () => {
    const content = plansFileContent([plan]);
    expect(JSON.parse(content)).toMatchObject({ schemaVersion: 1, kind: 'parallax-discussion-plans' });
    expect(readPlansFile('plans.json', content)).toEqual({ ok: true, plans: [plan] });
  });

  it('names the file and the place of each problem, and takes nothing from a bad file', () => {
    const bad = JSON.parse(plansFileContent([plan])) as {
      plans: { steps: { target: unknown; prompt: string }[] }[];
    };
    bad.plans[0]!.steps[1]!.target = { kind: 'argument' };
    bad.plans[0]!.steps[0]!.prompt = 'x'.repeat(1_001);
    const read = readPlansFile('class.json', JSON.stringify(bad));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toContain('class.json plans.0.steps.0.prompt: longer than 1000 characters');
    expect(read.problems.some((p) => p.startsWith('class.json plans.0.steps.1.target.id:'))).toBe(true);
  });

  it('refuses another version, another kind of JSON, broken JSON and a file over the size limit', () => {
    expect(
      readPlansFile(
        'a.json',
        JSON.stringify({ schemaVersion: 2, kind: 'parallax-discussion-plans', plans: [] }),
      ),
    ).toEqual({
      ok: false,
      problems: ['a.json schemaVersion: must be 1'],
    });
    const other = readPlansFile('b.json', '{"type":"AnnotationCollection"}');
    expect(other.ok ? [] : other.problems).toContain('b.json kind: must be "parallax-discussion-plans"');
    const broken = readPlansFile('c.json', '{"plans": [');
    expect(broken.ok ? '' : broken.problems[0]).toMatch(/^c\.json: not valid JSON/);
    const huge = readPlansFile('d.json', ' '.repeat(PLANS_FILE_MAX_BYTES + 1));
    expect(huge).toEqual({ ok: false, problems: ['d.json: larger than 5 MB'] });
  });
});
