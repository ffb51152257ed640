/**
 * The Parallax command-line tool: `npm run corpus -- <command> [options]`.
 * It shares src/model and src/data with the reader, so its offsets and checks are the app's.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { curatedCrossReferences } from '../src/model/links.ts';
import { formatProblem } from '../src/model/problems.ts';
import { runAnchorFill } from './commands/anchor-fill.ts';
import { runExport } from './commands/export.ts';
import { runImport } from './commands/import.ts';
import { linksToCsv, suggestedCrossReferences, suggestionsPerArticle } from './commands/links.ts';
import { corpusStats, formatStats } from './commands/stats.ts';
import { runEvalSuggestions } from './commands/eval-suggestions.ts';
import { runSynth } from './commands/synth.ts';
import { corpusRoot } from '../src/data/read-corpus-files.ts';
import { PROJECT_ROOT, loadProject, loadSimilarityResources, type LoadProject } from './load.ts';

const USAGE = `Usage: npm run corpus -- <command> [options]

Commands:
  stats [--json]              articles, words, blocks, sentences, passages per type, shared arguments
  validate [--json]           check editions against their sources, and every annotation
  text <article-id>           print the canonical article text that all offsets refer to
  links [--json | --csv] [--suggested [--per-article K]]
                              every cross-reference (offsets: JavaScript string indices); with
                              --suggested also the build's same-argument suggestions (kind "suggested",
                              score 0..1, rank among the source passage's suggestions; the build keeps
                              3 per other article, 10 in all, as the reader shows); with --per-article K
                              each passage's best K in every other article instead
  eval-suggestions [--json] [tune]
                              how well the suggestions find the curated links, held-out split: hit@1,
                              hit@3, hit@5 and MRR within the partner's article, TF-IDF baseline beside
  anchor-fill [--dry-run]     complete the selectors of curated passages from their quotes
  export --format w3c|csv|md [--out FILE]   the curated layer as W3C JSON-LD, CSV or a Markdown handout
  export --format bibtex|ris|csl-json [--out FILE]   the corpus bibliography (every article) for Zotero
  import FILE... [--dry-run]  merge students' exported W3C files into annotations/
  synth --scale N [--out DIR] write an N× synthetic corpus (default .tmp/corpus-xN) for benchmarks;
                              never touches corpus/ or annotations/

Every command reads the corpus under PARALLAX_CORPUS=DIR when it is set (e.g. a synth folder).
`;

/** Console-like sinks, so tests can capture output. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs one CLI invocation and returns the exit code; `load` compiles the corpus under `root`. */
export function main(
  argv: string[],
  io: Io = { out: console.log, err: console.error },
  root = corpusRoot(PROJECT_ROOT),
  load: LoadProject = loadProject,
): number {
  const { out, err } = io;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        suggested: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        scale: { type: 'string' },
        'per-article': { type: 'string' },
      },
    });
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'synth') {
    try {
      return runSynth(PROJECT_ROOT, root, { scale: values.scale, out: values.out }, io);
    } catch (error) {
      err(error instanceof Error ? error.message : String(error));
      return 1;
    }
  }
  const perArticle = values['per-article'];
  if (perArticle !== undefined && (!/^[1-9]\d{0,2}$/.test(perArticle) || !values.suggested)) {
    err(
      values.suggested
        ? `--per-article takes a whole number from 1 to 999, not "${perArticle}".`
        : '--per-article applies to the suggestions: use it with links --suggested.',
    );
    return 2;
  }
  // Each command compiles only what it reads: the suggestions (the slowest step) only for links
  // --suggested (and then only the build's: --per-article computes its own), no annotations for text.
  const { corpus, problems, gaps } = load(root, {
    suggestions: command === 'links' && values.suggested && perArticle === undefined,
    editionsOnly: command === 'text',
  });
  const invalid = () => {
    err('The corpus is invalid; fix these first (npm run corpus -- validate):');
    problems.forEach((p) => err(`  ${formatProblem(p)}`));
    return 1;
  };
  switch (command) {
    case 'validate': {
      if (values.json) {
        out(JSON.stringify({ ok: problems.length === 0, problems, untaggedParagraphs: gaps }, null, 2));
      } else {
        problems.forEach((p) => err(formatProblem(p)));
        gaps.forEach((g) =>
          err(`note: ${g.article} paragraph ${g.paragraphNumber} has no tagged passage yet`),
        );
        if (problems.length === 0) {
          const { passages, arguments: args } = corpus.tagLayer;
          out(
            `OK: ${corpus.articles.length} articles, ${passages.length} passages, ${args.length} arguments valid.`,
          );
        } else {
          err(`${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
        }
      }
      return problems.length === 0 ? 0 : 1;
    }
    case 'stats': {
      if (problems.length > 0) return invalid();
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
    case 'links': {
      if (problems.length > 0) return invalid();
      const suggestions =
        perArticle === undefined
          ? corpus.suggestions
          : suggestionsPerArticle(corpus, loadSimilarityResources(root), Number(perArticle));
      const links = [
        ...curatedCrossReferences(corpus.tagLayer),
        ...(values.suggested ? suggestedCrossReferences(corpus, suggestions) : []),
      ];
      out(values.csv ? linksToCsv(links) : JSON.stringify(links, null, 2));
      return 0;
    }
    case 'anchor-fill':
      // An edition that did not compile leaves its passages unfilled: name its problem, file and line.
      problems.filter((p) => p.file.startsWith('corpus/')).forEach((p) => err(formatProblem(p)));
      return runAnchorFill(root, corpus.articles, { dryRun: values['dry-run'] }, io);
    case 'eval-suggestions':
      // Figures on a corpus that did not compile whole would mislead unless they say so.
      if (problems.length > 0) {
        err(
          `warning: the corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'} (npm run corpus -- validate); these figures leave out what did not compile`,
        );
      }
      return runEvalSuggestions(
        corpus,
        loadSimilarityResources(root),
        { json: values.json, tune: rest[0] === 'tune' },
        io,
      );
    case 'export':
      if (problems.length > 0) return invalid();
      return runExport(corpus, { format: values.format, out: values.out }, io);
    case 'import':
      if (problems.length > 0) return invalid();
      return runImport(root, corpus, rest, { dryRun: values['dry-run'] }, io);
    default:
      err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

// Run only when executed directly, so tests can import `main`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
