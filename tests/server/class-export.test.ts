/**
 * `class export`: what students shared on a real server comes out as one W3C file that the
 * teacher's `corpus import` accepts (each annotation naming its student), and as CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurated } from '../../cli/commands/import.ts';
import { planImport } from '../../src/data/curated-import.ts';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import { writeShared } from '../../src/data/class-doc.ts';
import { studentRoom } from '../../src/model/class-room.ts';
import { exportClass } from '../../server/class-export.ts';
import type { ClassServer } from '../../server/class-server.ts';
import { ROOT, realCompiled } from '../corpus/corpus-files.ts';
import { annotationOn } from '../fixtures/annotation-on.ts';
import { connect, joinClass, startTestServer, tempDir, type TestClient } from './class-client.ts';

const temp = tempDir();
const clients: TestClient[] = [];
let server: ClassServer;
let corpus: CompiledCorpus;

const ARG = '33333333-3333-4333-8333-333333333333';

beforeAll(async () => {
  corpus = realCompiled().corpus;
  server = await startTestServer(`${temp.dir}/export.sqlite`);
  server.classes.ensure('history');
  const article = corpus.articles[0]!;
  const words = article.blocks
    .find((b) => b.kind === 'paragraph')!
    .text.split(' ')
    .slice(0, 8)
    .join(' ');
  const join = server.token({ class: 'history', role: 'join' }, 3600);
  for (const [name, id, note] of [
    ['Ana', '11111111-1111-4111-8111-111111111111', 'Ana’s reading'],
    ['Ben', '22222222-2222-4222-8222-222222222222', '=Ben, a formula-looking note'],
  ] as const) {
    const { body } = await joinClass(server.httpUrl, join, name);
    const client = connect(server.url, studentRoom('history', body.student!), body.token!);
    clients.push(client);
    await client.synced;
    const shared = annotationOn(article, words, {
      id,
      note,
      types: [name === 'Ana' ? 'legal' : 'strategic'],
      arguments: name === 'Ben' ? [ARG] : [],
    });
    writeShared(
      client.doc,
      [shared],
      name === 'Ben' ? [{ id: ARG, statement: 'Strikes would backfire.', type: 'strategic' }] : [],
    );
    await client.allSent();
  }
}, 30_000);

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.close();
  temp.cleanup();
});

describe('class export', { timeout: 20_000 }, () => {
  it('writes every student’s shared annotations as W3C JSON-LD that corpus import accepts', async () => {
    const result = await exportClass(
      (room, read) => server.readRoom(room, read),
      'history',
      corpus,
      'w3c',
      'now',
    );
    expect(result).toMatchObject({ students: 2, annotations: 2, invalid: [] });
    const items = (JSON.parse(result.content) as { first: { items: { creator?: { name: string } }[] } }).first
      .items;
    expect(items.map((i) => i.creator?.name)).toEqual(['Ana', 'Ben']);
    const plan = planImport(
      readCurated(ROOT, corpus),
      corpus,
      [{ path: 'class.jsonld', content: result.content }],
      {
        newId: () => crypto.randomUUID(),
        now: 'now',
      },
    );
    expect(plan.errors).toEqual([]);
    expect(plan.changes.filter((c) => c.startsWith('+ argument'))).toHaveLength(1);
    expect(plan.changes.filter((c) => c.startsWith(`+ ${corpus.articles[0]!.meta.id}`))).toHaveLength(2);
  });

  it('writes CSV with a creator column, formulas defused', async () => {
    const result = await exportClass(
      (room, read) => server.readRoom(room, read),
      'history',
      corpus,
      'csv',
      'now',
    );
    const [header, ...rows] = result.content.trim().split('\r\n');
    expect(header).toBe('article,paragraph,quote,types,argument,note,links,creator');
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.endsWith(',Ben'))).toContain(`"'=Ben, a formula-looking note"`);
    expect(rows.filter((r) => r.endsWith(',Ana'))).toHaveLength(1);
  });
});
