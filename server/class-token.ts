/**
 * Signed class tokens: `<payload>.<signature>`, the payload base64url JSON (class, role, student id,
 * expiry), the signature an HMAC-SHA256 of the payload under the class's secret. A token is checked
 * against the secret of the class it names, so another class's token never verifies here.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { isClassId, type ClassClaims, type JoinClaims } from '../src/model/class-room.ts';

/** Longest token accepted, in characters (a real one is ~150). */
const MAX_TOKEN = 1024;

const id = z.string().max(40).refine(isClassId, 'not a class id');
const claimsSchema = z.discriminatedUnion('role', [
  z.object({ class: id, role: z.literal('teacher'), exp: z.number().int() }).strict(),
  z.object({ class: id, role: z.literal('student'), student: id, exp: z.number().int() }).strict(),
  z.object({ class: id, role: z.literal('join'), exp: z.number().int() }).strict(),
]);

/** Claims a token may carry. */
export type TokenClaims = ClassClaims | JoinClaims;

/** Why a token was refused. */
export type TokenProblem = 'malformed' | 'unknown class' | 'bad signature' | 'expired';

/** A fresh random secret for a class (32 bytes, base64url). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A signed token for `claims`. */
export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims a token states, unverified (to look up its class's secret); undefined when malformed. */
export function readClaims(token: string): TokenClaims | undefined {
  if (token.length > MAX_TOKEN) return undefined;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies `token`: well formed, signed with the secret of the class it names (`secretOf` returns
 * undefined for a class this server does not hold) and not expired at `nowSeconds`.
 */
export function verifyToken(
  token: string,
  secretOf: (classId: string) => string | undefined,
  nowSeconds: number,
): { ok: true; claims: TokenClaims } | { ok: false; problem: TokenProblem } {
  const claims = readClaims(token);
  if (!claims) return { ok: false, problem: 'malformed' };
  const secret = secretOf(claims.class);
  if (secret === undefined) return { ok: false, problem: 'unknown class' };
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, problem: 'bad signature' };
  }
  if (claims.exp <= nowSeconds) return { ok: false, problem: 'expired' };
  return { ok: true, claims };
}
