/**
 * The Parallax command-line tool: `npm run corpus -- <command> [options]`.
 * It shares src/model and src/data with the reader, so its offsets and checks are the app's.
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/model/problems.ts';
import { loadProject } from './load.ts';
import { corpusStats, formatStats } from './commands/stats.ts';

const USAGE = `Usage: npm run corpus -- <command> [options]

Commands:
  stats [--json]          articles, words, blocks and sentences
  validate [--json]       check editions against their sources, and every annotation
  text <article-id>       print the canonical article text that all offsets refer to
`;

/** Runs one CLI invocation and returns the exit code. */
export function main(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const { corpus, problems } = loadProject();
  switch (command) {
    case 'validate': {
      if (values.json) out(JSON.stringify({ ok: problems.length === 0, problems }, null, 2));
      else if (problems.length === 0) out(`OK: ${corpus.articles.length} articles valid.`);
      else problems.forEach((p) => err(formatProblem(p)));
      return problems.length === 0 ? 0 : 1;
    }
    case 'stats': {
      if (problems.length > 0) return reportInvalid(problems.map(formatProblem), err);
      const stats = corpusStats(corpus);
      out(values.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
      return 0;
    }
    case 'text': {
      const id = rest[0];
      const article = corpus.articles.find((a) => a.meta.id === id);
      if (!article) {
        err(`No article "${id ?? ''}". Known: ${corpus.articles.map((a) => a.meta.id).join(', ')}`);
        return 2;
      }
      out(article.text);
      return 0;
    }
    default:
      err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

function reportInvalid(lines: string[], err: (s: string) => void): number {
  err('The corpus is invalid; fix these first (npm run corpus -- validate):');
  lines.forEach((l) => err(`  ${l}`));
  return 1;
}

process.exitCode = main(process.argv.slice(2));
