/** Links between case studies: `related` shown both ways, and translations both ways. */
import { compareNewestFirst, type CaseStudy } from './case-studies.ts';

/**
 * The case studies related to `id`: first those it lists in `related` (in its order), then those
 * that list it (newest first). Slugs that are not among `entries` (unpublished, drafts) are
 * skipped; none appears twice, and never the case study itself.
 */
export function relatedBothWays<T extends CaseStudy>(entries: readonly T[], id: string): T[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const self = byId.get(id);
  const result: T[] = [];
  const seen = new Set<string>([id]);
  const add = (entry: T | undefined) => {
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      result.push(entry);
    }
  };
  for (const slug of self?.data.related ?? []) add(byId.get(slug));
  entries
    .filter((entry) => entry.data.related?.includes(id))
    .sort(compareNewestFirst)
    .forEach(add);
  return result;
}

/**
 * The other-language versions of `id`: the case study its `translationOf` names, and every case
 * study whose `translationOf` names it; siblings translated from the same original are included.
 */
export function translationsOf<T extends CaseStudy>(entries: readonly T[], id: string): T[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const self = byId.get(id);
  if (!self) return [];
  const original = self.data.translationOf ? byId.get(self.data.translationOf) : undefined;
  const family = new Set<string>();
  const roots = [id, ...(original ? [original.id] : [])];
  for (const root of roots) {
    family.add(root);
    for (const entry of entries) if (entry.data.translationOf === root) family.add(entry.id);
  }
  family.delete(id);
  return [...family]
    .map((slug) => byId.get(slug))
    .filter((entry): entry is T => entry !== undefined)
    .sort(compareNewestFirst);
}

/**
 * {@link relatedBothWays} and {@link translationsOf} for every case study at once: the links that
 * point at each slug are gathered in one pass, so a build of many pages does not rescan the whole
 * library for each one.
 */
export function buildLinkIndex<T extends CaseStudy>(
  entries: readonly T[],
): { related(id: string): T[]; translations(id: string): T[] } {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const linkedFrom = new Map<string, T[]>();
  const translatedFrom = new Map<string, T[]>();
  const push = (map: Map<string, T[]>, key: string, entry: T) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    for (const slug of new Set(entry.data.related ?? [])) push(linkedFrom, slug, entry);
    if (entry.data.translationOf) push(translatedFrom, entry.data.translationOf, entry);
  }
  return {
    related(id) {
      const self = byId.get(id);
      const result: T[] = [];
      const seen = new Set<string>([id]);
      const add = (entry: T | undefined) => {
        if (entry && !seen.has(entry.id)) {
          seen.add(entry.id);
          result.push(entry);
        }
      };
      for (const slug of self?.data.related ?? []) add(byId.get(slug));
      [...(linkedFrom.get(id) ?? [])].sort(compareNewestFirst).forEach(add);
      return result;
    },
    translations(id) {
      const self = byId.get(id);
      if (!self) return [];
      const family = new Set<string>();
      const roots = [
        id,
        ...(self.data.translationOf && byId.has(self.data.translationOf) ? [self.data.translationOf] : []),
      ];
      for (const root of roots) {
        family.add(root);
        for (const entry of translatedFrom.get(root) ?? []) family.add(entry.id);
      }
      family.delete(id);
      return [...family]
        .map((slug) => byId.get(slug))
        .filter((entry): entry is T => entry !== undefined)
        .sort(compareNewestFirst);
    },
  };
}
