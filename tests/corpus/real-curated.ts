/** Test helper: the real compiled corpus and curated annotation files, read once from disk (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  argumentsFileSchema,
  articleAnnotationsFileSchema,
  type ArticleAnnotationsFile,
} from '../../src/data/annotation-schema.ts';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import type { CuratedFiles } from '../../src/data/curated-import.ts';
import { ROOT, realCompiled } from './corpus-files.ts';

/** The corpus as the build compiles it from the files on disk now (the run's shared compile). */
export function realCorpus(): CompiledCorpus {
  return realCompiled().corpus;
}

/** The curated files under annotations/ as they are on disk now, parsed. */
export function realCurated(): CuratedFiles {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
  const articles = new Map<string, ArticleAnnotationsFile>();
  for (const article of realCorpus().articles) {
    articles.set(article.meta.id, articleAnnotationsFileSchema.parse(read(`annotations/${article.meta.id}.json`)));
  }
  return {
    arguments: argumentsFileSchema.parse(read('annotations/arguments.json')),
    articles,
    taxonomy: realCorpus().tagLayer.taxonomy.map((t) => t.id),
  };
}
