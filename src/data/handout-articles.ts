/**
 * Which articles a handout of chosen arguments needs loaded, from the manifest alone: each argument's
 * own articles (its passages are quoted) and the articles of passages on the other side of its
 * disagreements (a contrast naming a passage quotes it; without its article the contrast would be
 * left out). Articles in library order.
 */
import { passageArticles, type CorpusManifest } from './corpus-files.ts';
import type { RelationEnd } from '../model/tag-layer.ts';

/** The ids of the articles a handout of `argumentIds` quotes, in library order. */
export function handoutArticleIds(manifest: CorpusManifest, argumentIds: Iterable<string>): string[] {
  const chosen = new Set(argumentIds);
  const articleOf = passageArticles(manifest);
  const needed = new Set<string>();
  const ownPassages = new Set<string>();
  for (const argument of manifest.arguments) {
    if (!chosen.has(argument.id)) continue;
    for (const article of argument.articles) needed.add(article);
    for (const passage of argument.passages) ownPassages.add(passage);
  }
  const touches = (end: RelationEnd): boolean =>
    'argument' in end ? chosen.has(end.argument) : ownPassages.has(end.passage);
  const addPassageEnd = (end: RelationEnd): void => {
    const article = 'passage' in end ? articleOf.get(end.passage) : undefined;
    if (article !== undefined) needed.add(article);
  };
  for (const relation of manifest.relations) {
    if (touches(relation.source) || touches(relation.target)) {
      addPassageEnd(relation.source);
      addPassageEnd(relation.target);
    }
  }
  return manifest.articles.map((a) => a.meta.id).filter((id) => needed.has(id));
}
