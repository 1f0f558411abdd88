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
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const form of [candidate.id, candidate.label ? normalise(candidate.label) : undefined]) {
      if (!form) continue;
      const distance = form === wanted ? 0 : form.startsWith(wanted) || wanted.startsWith(form) ? 1 : editDistance(wanted, form);
      if (!best || distance < best.distance) best = { id: candidate.id, distance };
    }
  }
  if (!best) return undefined;
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return best.distance <= allowed ? best.id : undefined;
}
