/**
 * How Pagefind ranks case studies (https://pagefind.app/docs/ranking/), in one place for the search
 * page, its tests and the benchmark. Tuned on the sample library with the query table in
 * `tests/browser/search-relevance.test.ts`; change a value only with that table passing.
 */

/** Pagefind's `ranking` option. */
export interface SearchRanking {
  termFrequency: number;
  pageLength: number;
  termSaturation: number;
  termSimilarity: number;
  /** Boosts for words found in a meta field (Pagefind ≥ 1.5 searches meta); 0 leaves a field out. */
  metaWeights: Record<string, number>;
}

export const searchRanking: SearchRanking = {
  termFrequency: 1,
  // Below Pagefind's 0.75: a case study is long because its authors gave detail, not because it
  // strays from its subject, so length should cost less.
  pageLength: 0.5,
  termSaturation: 1.4,
  // Above Pagefind's 1: readers type whole words, so "foundation" should prefer "Foundation" to
  // "foundational" (every word is also matched as a prefix).
  termSimilarity: 2,
  // Added to the text's score when the words are found in these fields: a case study whose title,
  // place or lead organisation is what was searched for comes before one that mentions it.
  metaWeights: {
    title: 5,
    summary: 2,
    place: 4,
    organisation: 4,
    // Not words a reader searches for: "en" would otherwise match every English case study.
    lang: 0,
    image: 0,
    image_alt: 0.5,
  },
};

/** Words of excerpt around the matches in a result. */
export const excerptLength = 30;

/**
 * The options the search page gives Pagefind, for a site deployed under `base` (ending in `/`).
 * Pagefind searches in its web worker (`pagefind/pagefind-relevance.js` started as one, which the Content Security
 * Policy allows: `worker-src` falls back to `script-src 'self'`, and a worker loaded from the site
 * has no policy of its own to forbid its WebAssembly). In the page (`noWorker: true`, as from
 * 27 November) the WebAssembly's work held Lighthouse's simulated phone's main thread for about
 * 500 ms of blocking time and the search page scored 80–85; in the worker it scores 99 (issue 15).
 * The worker cost its own script (12 KB gzipped) before a first search until the page's script became
 * its own worker (src/integrations/search-bundle.ts), and takes 30–50 ms to start: a
 * cold first search at 10,000 came 20–40 ms sooner without it on a desktop (scripts/bench/search-typing.ts).
 */
export function pagefindOptions(base: string, ranking: SearchRanking = searchRanking) {
  return { baseUrl: base, excerptLength, ranking };
}

/**
 * The scripts of the search bundle (under the base): Pagefind's own, reading the whole index, and
 * the one reading the same index without its sort orders, for searches by best match
 * (src/integrations/search-bundle.ts, issue 15). The build writes both; the development server
 * serves the second as the first.
 */
export const pagefindScripts = { sorted: 'pagefind/pagefind.js', relevance: 'pagefind/pagefind-relevance.js' } as const;

/**
 * The files of the search bundle (under the base) that every first search by best match loads
 * before anything else, which the search page asks for in its `<head>` while its own script loads:
 * the script without sorts and the WebAssembly of the index's language
 * (`searchIndexLanguage`). The build writes them after the pages; the link check takes them as written.
 */
export const searchBundlePreloads = (indexLanguage: string) =>
  ({
    script: pagefindScripts.relevance,
    wasm: `pagefind/wasm.${indexLanguage}.pagefind`,
  }) as const;
