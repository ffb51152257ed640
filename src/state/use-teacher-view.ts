/**
 * The teacher's class page as one model: the students (with who is online), the class's shared
 * annotations as a list that stays still until "Show new" (`teacherList`), the filters, and the
 * teacher's actions (switches, present, show new).
 */
import { useEffect, useMemo, useState } from 'react';
import { blockAt } from '../model/article-offsets.ts';
import {
  classEntries,
  classStudents,
  teacherList,
  type ClassEntry,
  type ClassFilter,
  type ClassStudent,
  type TeacherList,
} from '../model/class-view.ts';
import type { ClassClient, ClassSnapshot } from './class-client.ts';
import { classExportContent, type ClassExportFormat } from '../model/class-export.ts';
import { presentPath } from './paths.ts';
import { download } from './use-annotation-share.ts';
import { loadFullCorpus, useArgumentsShard, useLoadedCorpus, useManifest } from './use-corpus.ts';

/** What the teacher's page renders. */
export interface TeacherView extends TeacherList {
  students: ClassStudent[];
  filter: ClassFilter;
  setFilter: (filter: ClassFilter) => void;
  /** Shows what arrived since the list was last shown. */
  showNew: () => void;
  /** Article titles by id (an annotation names its article by id). */
  titleOf: (articleId: string) => string;
  /** A claim type's label. */
  typeLabel: (typeId: string) => string;
  /** An argument's statement (curated, or a student's own). */
  argumentLabel: (argumentId: string) => string;
  /** Where presenting `entry` leads (a compare view of its article at its paragraph). */
  pathOf: (entry: ClassEntry) => string;
  /** Puts `entry` on the stage. */
  present: (entry: ClassEntry) => void;
  /** Downloads the class's shared annotations (the same file as `npm run class -- export`). */
  exportAs: (format: ClassExportFormat) => void;
  /** Why the last export failed. */
  exportError: string | undefined;
  /** The path on the stage now. */
  staged: string | undefined;
}

/** The teacher's view of `snapshot`. */
export function useTeacherView(snapshot: ClassSnapshot, client: ClassClient): TeacherView {
  const manifest = useManifest();
  const [filter, setFilter] = useState<ClassFilter>({});
  const [shown, setShown] = useState<readonly ClassEntry[]>([]);
  const { roster, layers, online } = snapshot;
  const current = useMemo(() => {
    const annotations = Object.fromEntries(Object.entries(layers).map(([id, l]) => [id, l.annotations]));
    return classEntries(roster.students, annotations);
  }, [roster.students, layers]);
  // The first entries to arrive are shown at once; from then on the list waits for "Show new".
  useEffect(() => {
    if (shown.length === 0 && current.length > 0) setShown(current);
  }, [shown, current]);
  const list = useMemo(() => teacherList(current, shown, filter), [current, shown, filter]);
  const students = useMemo(
    () => classStudents(roster.students, online, layers),
    [roster.students, online, layers],
  );
  // The annotated articles' texts, to place each entry's paragraph in the link the teacher presents.
  const annotated = useMemo(() => [...new Set(current.map((e) => e.annotation.article))], [current]);
  const { byId: articles } = useLoadedCorpus(annotated);
  const titles = useMemo(() => new Map(manifest.articles.map((a) => [a.meta.id, a.meta.title])), [manifest]);
  // The curated arguments' statements come with the arguments shard (ids show until it arrives).
  const shard = useArgumentsShard();
  const curated = shard.status === 'ready' ? shard.data.layer.arguments : undefined;
  const labels = useMemo(() => {
    const types = new Map(manifest.taxonomy.map((t) => [t.id, t.label]));
    const args = new Map((curated ?? []).map((a) => [a.id, a.statement]));
    for (const layer of Object.values(layers)) for (const a of layer.arguments) args.set(a.id, a.statement);
    return { types, args };
  }, [manifest, layers, curated]);
  const pathOf = ({ annotation }: ClassEntry) => {
    const article = articles.get(annotation.article);
    return presentPath(
      annotation.article,
      article && blockAt(article, annotation.selector.position.start)?.id,
    );
  };
  const [exportError, setExportError] = useState<string>();
  const exportAs = (format: ClassExportFormat): void => {
    setExportError(undefined);
    const named = Object.entries(layers).map(([id, layer]) => ({
      name: roster.students[id]?.name ?? id,
      annotations: layer.annotations,
      arguments: layer.arguments,
    }));
    const classId = snapshot.credentials.class;
    // The export quotes every annotated article, so the articles not yet loaded are fetched first.
    loadFullCorpus().then(
      (corpus) => {
        const { content } = classExportContent(named, corpus, classId, format, new Date().toISOString());
        download(
          format === 'w3c'
            ? { name: `class-${classId}.jsonld`, type: 'application/ld+json', content }
            : { name: `class-${classId}.csv`, type: 'text/csv', content },
        );
      },
      (error: unknown) => setExportError(error instanceof Error ? error.message : String(error)),
    );
  };
  return {
    ...list,
    exportAs,
    exportError,
    students,
    filter,
    setFilter,
    showNew: () => setShown(current),
    titleOf: (id) => titles.get(id) ?? id,
    typeLabel: (id) => labels.types.get(id) ?? id,
    argumentLabel: (id) => labels.args.get(id) ?? id,
    pathOf,
    present: (entry) => client.present(pathOf(entry)),
    staged: snapshot.stage?.path,
  };
}
