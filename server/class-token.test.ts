import { describe, expect, it } from 'vitest';
import { newSecret, readClaims, signToken, verifyToken } from './class-token.ts';

const secrets: Record<string, string> = { history: newSecret(), biology: newSecret() };
const secretOf = (id: string) => secrets[id];
const NOW = 1_800_000_000;

describe('class tokens', () => {
  it('verifies a token signed with its class secret before it expires', () => {
    const token = signToken(
      { class: 'history', role: 'student', student: 'ab12', exp: NOW + 60 },
      secrets.history!,
    );
    expect(verifyToken(token, secretOf, NOW)).toEqual({
      ok: true,
      claims: { class: 'history', role: 'student', student: 'ab12', exp: NOW + 60 },
    });
  });

  it('refuses an expired token, a changed payload, another secret and an unknown class', () => {
    const token = signToken({ class: 'history', role: 'teacher', exp: NOW + 60 }, secrets.history!);
    expect(verifyToken(token, secretOf, NOW + 60)).toEqual({ ok: false, problem: 'expired' });
    const [, signature] = token.split('.');
    const raised = Buffer.from(
      JSON.stringify({ class: 'history', role: 'teacher', exp: NOW + 9999 }),
    ).toString('base64url');
    expect(verifyToken(`${raised}.${signature}`, secretOf, NOW)).toEqual({
      ok: false,
      problem: 'bad signature',
    });
    const foreign = signToken({ class: 'history', role: 'teacher', exp: NOW + 60 }, secrets.biology!);
    expect(verifyToken(foreign, secretOf, NOW)).toEqual({ ok: false, problem: 'bad signature' });
    const unknown = signToken({ class: 'physics', role: 'teacher', exp: NOW + 60 }, secrets.history!);
    expect(verifyToken(unknown, secretOf, NOW)).toEqual({ ok: false, problem: 'unknown class' });
  });

  it('reads no claims from malformed tokens', () => {
    for (const bad of ['', 'abc', 'a.b.c', `${'x'.repeat(2000)}.y`, 'e30.sig']) {
      expect(readClaims(bad)).toBeUndefined();
      expect(verifyToken(bad, secretOf, NOW)).toEqual({ ok: false, problem: 'malformed' });
    }
    const studentWithoutId = Buffer.from(
      JSON.stringify({ class: 'history', role: 'student', exp: 1 }),
    ).toString('base64url');
    expect(readClaims(`${studentWithoutId}.sig`)).toBeUndefined();
  });
});
