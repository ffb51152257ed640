import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS, type PlanStep } from '../model/discussion-plan.ts';
import {
  PLAN_LINK_MAX_CHARS,
  PlanLinkError,
  decodePlanLink,
  encodePlanLink,
  planLinkTooLong,
} from './plan-link.ts';

const steps: PlanStep[] = [
  {
    id: 'x1',
    target: { kind: 'argument', id: 'fto-designation' },
    prompt: 'Is “armed conflict” the right frame?',
    note: 'private',
  },
  { id: 'x2', target: { kind: 'passage', id: 'fto-014', article: 'fto-lethal-force-legality' } },
  {
    id: 'x3',
    target: {
      kind: 'contrast',
      id: 'a:one~p:two',
      articles: ['lawfare-bombing-mexico', 'war-zone-military-options'],
    },
    prompt: 'Who is right?',
  },
];
const plan = { name: 'Légal basis — week 3 ✓', steps };

/** base64url of UTF-8 `text`, as the link writes it (to make hostile links by hand). */
function encodeRaw(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

describe('plan links', () => {
  it('round-trips name, targets and prompts in order, in URL-safe characters, leaving out the private notes', () => {
    const encoded = encodePlanLink(plan);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePlanLink(encoded)).toEqual({
      name: plan.name,
      steps: [
        { id: 's1', target: steps[0]!.target, prompt: 'Is “armed conflict” the right frame?' },
        { id: 's2', target: steps[1]!.target },
        { id: 's3', target: steps[2]!.target, prompt: 'Who is right?' },
      ],
    });
    expect(encoded).not.toContain(encodeRaw('private').slice(0, 6));
    expect(JSON.stringify(decodePlanLink(encoded))).not.toContain('private');
  });

  it('refuses a link longer than the limit before reading it', () => {
    const long = 'A'.repeat(PLAN_LINK_MAX_CHARS + 1);
    expect(planLinkTooLong(long)).toBe(true);
    expect(() => decodePlanLink(long)).toThrow(PlanLinkError);
    expect(() => decodePlanLink(long)).toThrow(`longer than ${PLAN_LINK_MAX_CHARS} characters`);
  });

  it('names a damaged link: foreign characters, cut-off base64, not JSON', () => {
    expect(() => decodePlanLink('abc$def')).toThrow(/characters a plan link never has/);
    expect(() => decodePlanLink(encodePlanLink(plan).slice(0, 17))).toThrow(/does not decode/);
    expect(() => decodePlanLink(encodeRaw('{not json'))).toThrow(/does not decode/);
  });

  it('names the step and field of an invalid step', () => {
    const longPrompt = 'x'.repeat(PLAN_LIMITS.maxText + 1);
    expect(() =>
      decodePlanLink(
        encodeRaw(
          JSON.stringify([
            1,
            'n',
            [
              ['a', 'ok'],
              ['a', 'b', longPrompt],
            ],
          ]),
        ),
      ),
    ).toThrow(`step 2, prompt: longer than ${PLAN_LIMITS.maxText} characters`);
    expect(() => decodePlanLink(encodeRaw(JSON.stringify([1, 'n', [['p', 'fto-014']]])))).toThrow(
      'step 1, article: missing',
    );
    expect(() => decodePlanLink(encodeRaw(JSON.stringify([1, 'n', [['z', 'x']]])))).toThrow(
      'step 1: unknown kind of step',
    );
    expect(() => decodePlanLink(encodeRaw(JSON.stringify([2, 'n', []])))).toThrow(/version: unknown version/);
    const tooMany = Array.from({ length: PLAN_LIMITS.maxSteps + 1 }, () => ['a', 'x']);
    expect(() => decodePlanLink(encodeRaw(JSON.stringify([1, 'n', tooMany])))).toThrow(
      `steps: more than ${PLAN_LIMITS.maxSteps} steps`,
    );
    let err: unknown;
    try {
      decodePlanLink(encodeRaw('{}'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanLinkError);
    expect((err as Error).name).toBe('PlanLinkError');
  });
});
