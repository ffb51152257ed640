/**
 * What enters the reader from a class link and the class server: the link's fragment (`server` and a
 * teacher's `token` or a student's `join` token, see `classLinks` in src/model/class-room.ts), the
 * claims a token states (read unverified: the server checks the signature, the reader only needs to
 * know whose page to show), and the answer of `POST /join`. All validated here, with size limits.
 */
// zod's tree-shakable build: reading the kept credentials is on every first load.
import { z } from 'zod/mini';
import { CLASS_LIMITS, isClassId, type ClassRole } from '../model/class-room.ts';

/** Longest token accepted, in characters (a real one is ~150; the server refuses over 1024 too). */
const MAX_TOKEN = 1024;
/** Longest server address accepted, in characters. */
const MAX_SERVER = 500;

const id = z.string().check(z.maxLength(40), z.refine(isClassId, 'not a class id'));
const claimsSchema = z.discriminatedUnion('role', [
  z.object({ class: id, role: z.literal('teacher'), exp: z.int() }),
  z.object({ class: id, role: z.literal('student'), student: id, exp: z.int() }),
  z.object({ class: id, role: z.literal('join'), exp: z.int() }),
]);

/** What a token says about itself (unverified). */
export type TokenClaimsView = z.infer<typeof claimsSchema>;

const serverSchema = z.string().check(
  z.maxLength(MAX_SERVER),
  z.refine((s) => /^wss?:\/\/[^\s/]+(\/[^\s]*)?$/.test(s), 'not a ws:// or wss:// address'),
);
const tokenSchema = z.string().check(z.minLength(1), z.maxLength(MAX_TOKEN));
const nameSchema = z.string().check(z.minLength(1), z.maxLength(CLASS_LIMITS.name));

/** A class link, read from its fragment. */
export type ClassLink =
  | { kind: 'member'; server: string; token: string; claims: TokenClaimsView & { role: ClassRole } }
  | { kind: 'join'; server: string; token: string; claims: TokenClaimsView & { role: 'join' } };

/** The claims `token` states, without checking its signature; undefined when it is not a class token. */
export function readTokenClaims(token: string): TokenClaimsView | undefined {
  if (token.length > MAX_TOKEN) return undefined;
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const parsed = claimsSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The class link in an address's fragment (`#server=…&token=…` or `#server=…&join=…`), undefined
 * when the fragment holds none, or a problem naming what is wrong with it.
 */
export function parseClassFragment(hash: string): ClassLink | { problem: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const server = params.get('server');
  const token = params.get('token');
  const join = params.get('join');
  if (server === null && token === null && join === null) return undefined;
  if (!serverSchema.safeParse(server).success) {
    return {
      problem: 'This class link has no valid server address (ws://…); ask your teacher for the link again.',
    };
  }
  const given = token ?? join;
  const claims = given !== null && tokenSchema.safeParse(given).success ? readTokenClaims(given) : undefined;
  if (given === null || claims === undefined) {
    return { problem: 'This class link has no valid token; ask your teacher for the link again.' };
  }
  const address = server as string;
  if (join !== null && claims.role === 'join') return { kind: 'join', server: address, token: join, claims };
  if (token !== null && claims.role !== 'join') return { kind: 'member', server: address, token, claims };
  return { problem: 'This class link mixes up its tokens; ask your teacher for the link again.' };
}

/** The server's HTTP address for `POST /join`, from its websocket address. */
export function joinUrl(server: string): string {
  return `${server.replace(/^ws/, 'http').replace(/\/+$/, '')}/join`;
}

const joinAnswerSchema = z.object({
  class: id,
  student: id,
  name: nameSchema,
  token: tokenSchema,
});

/** What `POST /join` gives a student. */
export type JoinAnswer = z.infer<typeof joinAnswerSchema>;

/** The answer of `POST /join` (status and JSON body), or the reason the student could not join. */
export function readJoinAnswer(status: number, body: unknown): JoinAnswer | { problem: string } {
  if (status !== 200) {
    const error = z.object({ error: z.string().check(z.maxLength(500)) }).safeParse(body);
    return { problem: error.success ? error.data.error : `the class server answered ${status}` };
  }
  const parsed = joinAnswerSchema.safeParse(body);
  return parsed.success
    ? parsed.data
    : { problem: 'the class server sent an answer this reader cannot read' };
}

const credentialsSchema = z.object({
  server: serverSchema,
  token: tokenSchema,
  role: z.enum(['teacher', 'student']),
  class: id,
  student: z.optional(id),
  name: z.optional(nameSchema),
});

/** What the reader keeps to rejoin its class: the server, the token and whose it is. */
export type ClassCredentials = z.infer<typeof credentialsSchema>;

/** The credentials of a member link (a teacher's, or a student's own). */
export function credentialsOf(link: Extract<ClassLink, { kind: 'member' }>): ClassCredentials {
  return {
    server: link.server,
    token: link.token,
    role: link.claims.role,
    class: link.claims.class,
    ...(link.claims.role === 'student' ? { student: link.claims.student } : {}),
  };
}

/** Credentials kept by this browser (JSON text), or undefined when absent or not valid. */
export function readCredentials(text: string | null): ClassCredentials | undefined {
  if (text === null || text.length > 4 * MAX_TOKEN) return undefined;
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const shareChoiceSchema = z.object({
  all: z.boolean(),
  ids: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(10_000)),
});

/** A share choice kept by this browser (JSON text); nothing shared when absent or not valid. */
export function readShareChoice(text: string | null): { all: boolean; ids: string[] } {
  const none = { all: false, ids: [] };
  if (text === null) return none;
  try {
    const parsed = shareChoiceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : none;
  } catch {
    return none;
  }
}
