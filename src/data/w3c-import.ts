/**
 * The third job of a W3C Web Annotation import: judging a whole file against what the reader
 * already keeps. The file and item shapes are checked in w3c-import-schema.ts, each item converted
 * in w3c-import-item.ts; an invalid item is reported with its index, id and problems and the others
 * still import.
 *
 * Duplicates: an item whose id is already used, or whose target and body equal an existing
 * annotation's (or an earlier item's), is reported and not added.
 * Linking annotations join their annotation: the one whose id their Parallax link id names
 * (urn:parallax:link:<id>:<n>), or, in files from other tools, the one with the same target. When
 * that annotation is already kept, the links it lacks are reported in `linksToAdd`; without one
 * they become an annotation of their own that only links. A link's target must anchor in the
 * linked article, or the item is invalid.
 */
import type { AnchorStatus } from '../model/anchor.ts';
import { sameLinkTarget } from '../model/link-target.ts';
import {
  contentKey,
  type UserAnnotation,
  type UserArgument,
  type UserLink,
} from '../model/user-annotation.ts';
import {
  convertItem,
  itemId,
  linkParentId,
  type ConvertedItem,
  type ImportContext,
} from './w3c-import-item.ts';
import { readW3CItems, schemaProblems, w3cAnnotationSchema } from './w3c-import-schema.ts';

/** An item that will be added. */
export interface ImportedAnnotation {
  /** 0-based index of the item in the file (of the linking item, for a link-only annotation). */
  index: number;
  annotation: UserAnnotation;
  /** How it anchors in the current text; null: it will be listed as unanchored. */
  anchor: AnchorStatus | null;
  /** Who wrote it, when the item names its creator. */
  author?: string;
}

/** An item not added because it is already there. */
export interface ImportDuplicate {
  index: number;
  id?: string;
  reason: 'same id' | 'same target and body';
}

/** Links of the file that are new to an annotation the reader already keeps. */
export interface ImportLinksToAdd {
  /** Id of the annotation already kept. */
  annotation: string;
  links: UserLink[];
  /** 0-based indexes of the linking items that bring them. */
  indexes: number[];
}

/** A linking item that joins an annotation added by the same import. */
export interface ImportMergedLink {
  index: number;
  id?: string;
  /** Id of the added annotation it joins. */
  annotation: string;
}

/** An item not added because it is invalid. */
export interface ImportInvalid {
  index: number;
  id?: string;
  problems: string[];
}

/** The outcome of an import: a file-level error, or what each item will do. */
export type ImportResult =
  | { ok: false; error: string }
  | {
      ok: true;
      /** Items in the file. */
      total: number;
      added: ImportedAnnotation[];
      /** The reader's arguments the added annotations bring. */
      newArguments: UserArgument[];
      /** New links for annotations already kept, applied with `added` as one step. */
      linksToAdd: ImportLinksToAdd[];
      /** Linking items that join an annotation in `added`. */
      merged: ImportMergedLink[];
      duplicates: ImportDuplicate[];
      invalid: ImportInvalid[];
    };

function targetKey(a: UserAnnotation): string {
  return JSON.stringify([
    a.article,
    a.selector.quote.exact,
    a.selector.position.start,
    a.selector.position.end,
  ]);
}

/** Validates and classifies a W3C file's annotations against the reader's current ones. */
export function importW3C(content: string, context: ImportContext): ImportResult {
  const file = readW3CItems(content);
  if (!file.ok) return file;
  const added: ImportedAnnotation[] = [];
  const duplicates: ImportDuplicate[] = [];
  const invalid: ImportInvalid[] = [];
  const newArguments = new Map<string, UserArgument>();
  /** `parent`: for a Parallax link item, the id of its annotation (from the unclipped item id). */
  type Item = { index: number; converted: ConvertedItem; id?: string; parent?: string };
  const primaries: Item[] = [];
  const linkItems: Item[] = [];

  file.items.forEach((item, index) => {
    const rawId = itemId(item);
    const withId = rawId ? { id: rawId } : {};
    const parsed = w3cAnnotationSchema.safeParse(item);
    if (!parsed.success) {
      invalid.push({ index, ...withId, problems: schemaProblems(parsed.error) });
      return;
    }
    const converted = convertItem(parsed.data, context);
    if (Array.isArray(converted)) invalid.push({ index, ...withId, problems: converted });
    else if (!converted.linking) primaries.push({ index, converted, ...withId });
    else {
      const parent = linkParentId(parsed.data.id);
      linkItems.push({ index, converted, ...withId, ...(parent !== undefined ? { parent } : {}) });
    }
  });

  // Links join their own annotation: by the parent id in a Parallax link id
  // (urn:parallax:link:<annotation id>:<n>), else, for files from other tools, by the same target.
  const fileIds = new Map<string, UserAnnotation>();
  const fileTargets = new Map<string, UserAnnotation>();
  for (const { converted } of primaries) {
    if (converted.sourceId !== undefined && !fileIds.has(converted.sourceId))
      fileIds.set(converted.sourceId, converted.annotation);
    const key = targetKey(converted.annotation);
    if (!fileTargets.has(key)) fileTargets.set(key, converted.annotation);
  }
  const merged = new Map<UserAnnotation, Item[]>();
  const looseLinks = linkItems.filter((item) => {
    const parent =
      item.parent !== undefined
        ? fileIds.get(item.parent)
        : fileTargets.get(targetKey(item.converted.annotation));
    if (!parent) return true;
    merged.set(parent, [...(merged.get(parent) ?? []), item]);
    return false;
  });

  const existingById = new Map(context.existing.map((a) => [a.id, a]));
  const ids = new Set(existingById.keys());
  const contents = new Set(context.existing.map((a) => contentKey(a)));
  const mergedLinks: ImportMergedLink[] = [];
  const linksToAdd = new Map<string, ImportLinksToAdd>();
  /** Queues a link item's links for an annotation already kept: new ones to add, else a duplicate. */
  const addToExisting = (kept: UserAnnotation, { index, converted, id }: Item): void => {
    const pending = linksToAdd.get(kept.id);
    const fresh = converted.annotation.links.filter(
      (l) =>
        !kept.links.some((p) => sameLinkTarget(p.target, l.target)) &&
        !pending?.links.some((p) => sameLinkTarget(p.target, l.target)),
    );
    if (fresh.length === 0) {
      duplicates.push({ index, ...(id ? { id } : {}), reason: 'same target and body' });
    } else if (pending) {
      pending.links.push(...fresh);
      pending.indexes.push(index);
    } else linksToAdd.set(kept.id, { annotation: kept.id, links: fresh, indexes: [index] });
  };

  for (const { index, converted, id } of primaries) {
    const { annotation } = converted;
    const withId = id ? { id } : {};
    const links = merged.get(annotation) ?? [];
    for (const l of links) {
      for (const link of l.converted.annotation.links) {
        if (!annotation.links.some((p) => sameLinkTarget(p.target, link.target))) annotation.links.push(link);
      }
    }
    const key = contentKey(annotation);
    const kept = converted.sourceId !== undefined ? existingById.get(converted.sourceId) : undefined;
    if (converted.sourceId !== undefined && ids.has(converted.sourceId)) {
      duplicates.push({ index, ...withId, reason: 'same id' });
      for (const l of links) {
        if (kept) addToExisting(kept, l);
        else
          duplicates.push({ index: l.index, ...(l.id ? { id: l.id } : {}), reason: 'same target and body' });
      }
    } else if (contents.has(key)) {
      duplicates.push({ index, ...withId, reason: 'same target and body' });
      for (const l of links)
        duplicates.push({ index: l.index, ...(l.id ? { id: l.id } : {}), reason: 'same target and body' });
    } else {
      ids.add(annotation.id);
      contents.add(key);
      added.push({ index, annotation, anchor: converted.anchor, ...authorOf(converted) });
      for (const a of converted.arguments) newArguments.set(a.id, a);
      for (const l of links)
        mergedLinks.push({ index: l.index, ...(l.id ? { id: l.id } : {}), annotation: annotation.id });
    }
  }

  // A link whose annotation is not in the file: already kept, or an annotation that only links.
  const byTarget = new Map<string, UserAnnotation>();
  for (const a of [...context.existing, ...added.map((x) => x.annotation)]) byTarget.set(targetKey(a), a);
  const orphans = new Map<string, UserAnnotation>();
  for (const item of looseLinks) {
    const { index, converted, id, parent: parentId } = item;
    const key = targetKey(converted.annotation);
    const parent =
      parentId !== undefined ? (existingById.get(parentId) ?? orphans.get(parentId)) : byTarget.get(key);
    if (parent && existingById.get(parent.id) === parent) {
      addToExisting(parent, item);
      continue;
    }
    const withId = id ? { id } : {};
    if (parent) {
      // An earlier link of this file made an annotation that only links: this one joins it.
      const fresh = converted.annotation.links.filter(
        (l) => !parent.links.some((p) => sameLinkTarget(p.target, l.target)),
      );
      if (fresh.length === 0) duplicates.push({ index, ...withId, reason: 'same target and body' });
      else {
        parent.links.push(...fresh);
        mergedLinks.push({ index, ...withId, annotation: parent.id });
      }
      continue;
    }
    const annotation = { ...converted.annotation, id: context.newId() };
    if (parentId !== undefined) orphans.set(parentId, annotation);
    else byTarget.set(key, annotation);
    added.push({ index, annotation, anchor: converted.anchor, ...authorOf(converted) });
  }
  return {
    ok: true,
    total: file.items.length,
    added,
    newArguments: [...newArguments.values()],
    linksToAdd: [...linksToAdd.values()],
    merged: mergedLinks,
    duplicates,
    invalid,
  };
}

function authorOf(converted: ConvertedItem): { author?: string } {
  return converted.author === undefined ? {} : { author: converted.author };
}
