/**
 * The class command: `npm run class -- serve | export`.
 *   serve  [--db class.sqlite] [--port 1234] [--host 127.0.0.1] [--class ID] [--app URL]
 *          starts the sync server and prints the teacher's link and the students' join link;
 *   export [--db class.sqlite] [--class ID] --format w3c|csv [--out FILE]
 *          every student's shared annotations, for `npm run corpus -- import` or a spreadsheet.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { corpusRoot, readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { classLinks } from '../src/model/class-room.ts';
import { formatProblem } from '../src/model/problems.ts';
import { CLASS_EXPORT_FORMATS, type ClassExportFormat } from '../src/model/class-export.ts';
import { exportClass } from './class-export.ts';
import { TOKEN_LIFETIME, startClassServer, type ClassServer } from './class-server.ts';

const USAGE = `Usage: npm run class -- <command> [options]

Commands:
  serve [--db class.sqlite] [--port 1234] [--host 127.0.0.1] [--class ID] [--app URL]
        start the class sync server; prints the teacher's link and the students' join link
        (--app: where the reader is served, default http://127.0.0.1:4173 as by npm start)
  export [--db class.sqlite] [--class ID] --format w3c|csv [--out FILE]
        every student's shared annotations (W3C JSON-LD for npm run corpus -- import, or CSV)

Without --class, the most recent class in the database is used (one is created when there is none).
`;

/** Console-like sinks, so tests can capture output. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Where the project's corpus lives. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes `content` to `path` whole or not at all (a temporary file renamed into place). */
function writeWhole(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Starts `serve`; resolves with the running server (the process keeps running until a signal). */
export async function serve(
  options: { db: string; port: number; host: string; classId?: string; app: string },
  io: Io,
): Promise<ClassServer> {
  const server = await startClassServer({ database: options.db, port: options.port, host: options.host });
  const record = server.classes.ensure(options.classId);
  const links = classLinks(
    { app: options.app, server: server.url },
    {
      teacher: server.token({ class: record.id, role: 'teacher' }, TOKEN_LIFETIME.teacher),
      join: server.token({ class: record.id, role: 'join' }, TOKEN_LIFETIME.join),
    },
  );
  io.out(`Parallax class "${record.id}" on ${server.url} (saved in ${options.db})`);
  io.out('');
  io.out(`Teacher (keep this link to yourself):\n  ${links.teacher}`);
  io.out('');
  io.out(`Students join with:\n  ${links.join}`);
  io.out('');
  io.out(
    `Links work for ${TOKEN_LIFETIME.teacher / 3600} hours; run serve again for new ones. Ctrl+C stops the server (everything is saved).`,
  );
  return server;
}

/** Runs one invocation; resolves with the exit code (serve resolves once it listens). */
export async function main(
  argv: string[],
  io: Io = { out: console.log, err: console.error },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string', default: 'class.sqlite' },
        port: { type: 'string', default: '1234' },
        host: { type: 'string', default: '127.0.0.1' },
        class: { type: 'string' },
        app: { type: 'string', default: 'http://127.0.0.1:4173' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || command === undefined) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'serve': {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`serve: --port must be a port number (0 to 65535), not "${values.port}"`);
        return 2;
      }
      const server = await serve(
        {
          db: values.db,
          port,
          host: values.host,
          app: values.app,
          ...(values.class ? { classId: values.class } : {}),
        },
        io,
      );
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return 0;
    }
    case 'export': {
      const format = values.format;
      if (!(CLASS_EXPORT_FORMATS as readonly (string | undefined)[]).includes(format)) {
        io.err(`export: --format must be one of ${CLASS_EXPORT_FORMATS.join(', ')}`);
        return 2;
      }
      // The export needs the articles and curated arguments, not the similarity suggestions.
      const { corpus, problems } = compileCorpus(readCorpusFiles(corpusRoot(PROJECT_ROOT)), {
        suggestions: false,
      });
      if (problems.length > 0) {
        io.err('The corpus is invalid; fix these first (npm run corpus -- validate):');
        problems.forEach((p) => io.err(`  ${formatProblem(p)}`));
        return 1;
      }
      // Port 0: the export only reads the database, through the same server code.
      const server = await startClassServer({ database: values.db, port: 0 });
      try {
        const classId = server.classes.ensure(values.class).id;
        const result = await exportClass(
          (room, read) => server.readRoom(room, read),
          classId,
          corpus,
          format as ClassExportFormat,
          new Date().toISOString(),
        );
        result.invalid.forEach((i) => io.err(`note: left out an invalid entry (${i})`));
        if (values.out === undefined) io.out(result.content.replace(/\n$/, '').replace(/\r\n$/, ''));
        else {
          writeWhole(values.out, result.content);
          io.out(
            `Wrote ${result.annotations} annotations of ${result.students} students of class "${classId}" to ${values.out} (${format}).`,
          );
        }
        return 0;
      } catch (error) {
        io.err(`export: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      } finally {
        await server.close();
      }
    }
    default:
      io.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

// Run only when executed directly, so tests can import `main`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exit(code);
  });
}
