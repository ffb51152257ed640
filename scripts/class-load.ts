/**
 * Load test of the class server: `npm run class:load [-- --students 30,100 --edits 20]`.
 *
 * Starts `npm run class -- serve` as its own process (fresh SQLite file, free port), has N simulated
 * students join by the join link and each make `edits` edits (one more shared annotation per edit,
 * as a reader sharing one at a time), while the teacher is connected to every student's document
 * (one websocket, as the class view is). Reports the time from the first edit until the teacher holds
 * every annotation, and the server's resident memory (VmRSS) before and after. Figures go in the
 * README; nothing here is asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { createClassDoc, readShared, writeShared, type ClassDoc } from '../src/data/class-doc.ts';
import { CLASS_DOC, studentRoom } from '../src/model/class-room.ts';
import type { UserAnnotation } from '../src/model/user-annotation.ts';

const { values } = parseArgs({
  options: { students: { type: 'string', default: '30,100' }, edits: { type: 'string', default: '20' } },
});
const sizes = values.students.split(',').map(Number);
const edits = Number(values.edits);
const Polyfill = WebSocket as unknown as typeof globalThis.WebSocket;

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

function annotation(student: number, edit: number): UserAnnotation {
  const at = new Date().toISOString();
  return {
    id: `${String(student).padStart(8, '0')}-0000-4000-8000-${String(edit).padStart(12, '0')}`,
    article: 'load-test',
    selector: {
      quote: { exact: `passage ${edit} quoted by student ${student}`, prefix: 'before ', suffix: ' after' },
      position: { start: edit * 100, end: edit * 100 + 40 },
    },
    types: ['legal'],
    arguments: [],
    links: [],
    note: `Student ${student}, edit ${edit}: a note of ordinary length about why this passage matters.`,
    created: at,
    modified: at,
  };
}

/** Starts the server process; resolves with its address, links' tokens and process. */
function startServer(db: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/class-cli.ts', 'serve', '--db', db, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise<{
    url: string;
    http: string;
    teacher: string;
    join: string;
    pid: number;
    stop: () => void;
  }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = out.match(/on (ws:\/\/[\d.]+:\d+)/)?.[1];
      const teacher = out.match(/[#&]token=([\w.-]+)/)?.[1];
      const join = out.match(/[#&]join=([\w.-]+)/)?.[1];
      if (url && teacher && join) {
        resolve({
          url,
          http: url.replace('ws://', 'http://'),
          teacher,
          join,
          pid: child.pid ?? 0,
          stop: () => child.kill('SIGTERM'),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

function provider(socket: HocuspocusProviderWebsocket, name: string, token: string, doc: ClassDoc) {
  const p = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  p.attach();
  return p;
}

async function run(students: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-class-load-'));
  const server = await startServer(join(dir, 'class.sqlite'));
  const rssStart = rssMb(server.pid);
  const joined: { student: string; token: string }[] = [];
  for (let i = 0; i < students; i++) {
    const response = await fetch(`${server.http}/join`, {
      method: 'POST',
      body: JSON.stringify({ token: server.join, name: `Student ${i}` }),
    });
    joined.push((await response.json()) as { student: string; token: string });
  }
  const classId = JSON.parse(Buffer.from(server.teacher.split('.')[0]!, 'base64url').toString()) as {
    class: string;
  };
  // The teacher: one websocket, one read-only document per student.
  const teacherSocket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: Polyfill });
  const teacherDocs = joined.map(() => createClassDoc());
  const teacherProviders = joined.map((s, i) =>
    provider(teacherSocket, studentRoom(classId.class, s.student), server.teacher, teacherDocs[i]!),
  );
  // Each student: their own websocket and document.
  const studentSockets = joined.map(
    () => new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: Polyfill }),
  );
  const studentDocs = joined.map(() => createClassDoc());
  const studentProviders = joined.map((s, i) =>
    provider(studentSockets[i]!, studentRoom(classId.class, s.student), s.token, studentDocs[i]!),
  );
  await Promise.all(
    [...teacherProviders, ...studentProviders].map(
      (p) => new Promise<void>((resolve) => (p.isSynced ? resolve() : p.on('synced', () => resolve()))),
    ),
  );
  const total = students * edits;
  // Counted per document as updates arrive (map sizes: cheap, so the count does not slow the client).
  const counts = teacherDocs.map(() => 0);
  let held = 0;
  const start = performance.now();
  const allArrived = new Promise<number>((resolve) => {
    teacherDocs.forEach((d, i) =>
      d.on('update', () => {
        const now = d.getMap(CLASS_DOC.annotations).size;
        held += now - (counts[i] ?? 0);
        counts[i] = now;
        if (held >= total) resolve(performance.now() - start);
      }),
    );
  });
  // Students edit concurrently, each one edit after another as a reader would (no pause between).
  await Promise.all(
    studentDocs.map(async (doc, s) => {
      const mine: UserAnnotation[] = [];
      for (let e = 0; e < edits; e++) {
        mine.push(annotation(s, e));
        writeShared(doc, mine, []);
        await new Promise((r) => setImmediate(r));
      }
    }),
  );
  const ms = await allArrived;
  const valid = teacherDocs.reduce((n, d) => n + readShared(d).annotations.length, 0);
  if (valid !== total) throw new Error(`the teacher holds ${valid} valid annotations, not ${total}`);
  const rssEnd = rssMb(server.pid);
  console.log(
    `${students} students x ${edits} edits: teacher had all ${total} annotations after ${Math.round(ms)} ms; server memory ${rssStart} MB at start, ${rssEnd} MB after`,
  );
  [...teacherProviders, ...studentProviders].forEach((p) => p.destroy());
  [teacherSocket, ...studentSockets].forEach((s) => s.destroy());
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}

for (const n of sizes) await run(n);
process.exit(0);
