/**
 * `/search-suggestions.json`: the places, organisations and vocabulary words a search that finds
 * nothing may be corrected to ("Did you mean Preston?"), from `suggestionList`. The search page
 * fetches it only after such a search.
 */
import type { APIRoute } from 'astro';
import { suggestionList } from '../lib/search-suggest.ts';
import { siteData, taxonomy } from '../site/collection.ts';

export const GET: APIRoute = async () => {
  const { entries } = await siteData();
  const list = suggestionList(
    entries.map((entry) => entry.data),
    taxonomy,
  );
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
