/** Edit distance between two strings (Levenshtein), used for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface Candidate {
  id: string;
  label?: string;
}

/**
 * The candidate id closest to what someone wrote, comparing with ids and labels after
 * normalising case, accents and punctuation; undefined when nothing is close enough.
 */
export function closestId(input: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalise(input);
  if (wanted === '') return undefined;
  const forms = (candidate: Candidate) =>
    [candidate.id, candidate.label ? normalise(candidate.label) : undefined].filter((form): form is string => !!form);
  // "living-wage" names one id inside "real-living-wage"; "council" is inside many, so it names none.
  const containing = candidates.filter((candidate) => forms(candidate).some((form) => form.includes(wanted)));
  let best: { ids: Set<string>; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const form of forms(candidate)) {
      const contains =
        wanted.length >= 4 && containing.length === 1 && containing[0] === candidate && form.includes(wanted);
      const distance = form === wanted ? 0 : contains ? 1 : editDistance(wanted, form);
      if (!best || distance < best.distance) best = { ids: new Set([candidate.id]), distance };
      else if (distance === best.distance) best.ids.add(candidate.id);
    }
  }
  // Two equally close ids ("council": county or district?) is a guess, not a suggestion.
  if (!best || best.ids.size !== 1) return undefined;
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return best.distance <= allowed ? [...best.ids][0] : undefined;
}
