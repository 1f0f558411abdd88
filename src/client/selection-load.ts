/**
 * What the comparison and the pack start from: the selection (a shared link's `?cases=`, else this
 * browser's), checked against the library's list of slugs, and the record of each case study
 * found. Nothing is dropped unseen: what is left out, unknown or not loaded is returned to be told.
 */
import {
  casesParameter,
  checkSlugs,
  parseCasesParameter,
  sameSelection,
  type SelectionPageConfig,
  type SelectionRecord,
} from '../lib/selection.ts';
import { readSelection } from './selection-store.ts';

/** The selection a page shows, and what it could not show. */
export interface LoadedSelection {
  /** The slugs asked for, in order (from the link or this browser). */
  slugs: string[];
  /** True when they come from a link and differ from this browser's selection. */
  shared: boolean;
  invalid: string[];
  overLimit: string[];
  /** Slugs the library does not have. */
  unknown: string[];
  /** Slugs whose record did not load (a lost connection). */
  failed: string[];
  /** The records found, in the selection's order. */
  records: SelectionRecord[];
}

/** The page's configuration, written by its view as JSON. */
export function pageConfig(): SelectionPageConfig {
  const element = document.getElementById('selection-config');
  return JSON.parse(element?.textContent ?? '{}') as SelectionPageConfig;
}

async function json<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The selection of this page: from the address's `?cases=` when it has one, else this browser's. */
export async function loadSelection(
  config: SelectionPageConfig,
  search = window.location.search,
): Promise<LoadedSelection> {
  const own = readSelection();
  const fromLink = parseCasesParameter(new URLSearchParams(search).get(casesParameter));
  const read = fromLink ?? own;
  const shared = fromLink !== undefined && !sameSelection(fromLink.slugs, own.slugs);
  const list = await json<string[]>(config.slugsPath);
  // Without the list (offline), every slug is tried: one that is not there fails to load and is told.
  const { known, unknown } = list ? checkSlugs(read.slugs, new Set(list)) : { known: read.slugs, unknown: [] };
  const loaded = await Promise.all(
    known.map(async (slug) => ({
      slug,
      record: await json<SelectionRecord>(config.recordPath.replace('{slug}', slug)),
    })),
  );
  return {
    slugs: read.slugs,
    shared,
    invalid: read.invalid,
    overLimit: read.overLimit,
    unknown,
    failed: loaded.filter((item) => !item.record).map((item) => item.slug),
    records: loaded.flatMap((item) => (item.record ? [item.record] : [])),
  };
}
