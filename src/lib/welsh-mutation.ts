/**
 * Welsh initial mutations, for search. Welsh changes the first sound of a word after certain words:
 * Caerdydd → i Gaerdydd (soft), yng Nghaerdydd (nasal), a Chaerdydd (aspirate); ardal → ei hardal
 * (h before a vowel). A search engine without a Welsh stemmer (Pagefind has none) then misses a page
 * that writes the other form. {@link mutatedForms} gives the forms a word takes, to index beside a
 * name; {@link radicalCandidates} gives the words a mutated form may come from, to index beside a
 * mutated word of Welsh text and to search when a mutated query finds nothing.
 *
 * The rules are the standard ones (e.g. Gareth King, "Modern Welsh: A Comprehensive Grammar",
 * §§ 7–11), for the letters of a word's start only: which words cause which mutation is left to
 * {@link mutationTriggers}. Pure, with no dictionary, for the build and the browser alike.
 */

/** The four changes of a word's start. */
export type Mutation = 'soft' | 'nasal' | 'aspirate' | 'h';

/** Welsh vowels, with their circumflexed and accented forms; `w` and `y` are vowels in Welsh. */
const vowels = 'aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ';
const isVowel = (letter: string | undefined) => letter !== undefined && vowels.includes(letter);

/** Radical start → mutated start, by mutation; longest start first (`ll` before `l`). */
const forward: Record<Exclude<Mutation, 'h'>, readonly (readonly [string, string])[]> = {
  soft: [
    ['ll', 'l'],
    ['rh', 'r'],
    ['p', 'b'],
    ['t', 'd'],
    ['c', 'g'],
    ['b', 'f'],
    ['d', 'dd'],
    ['g', ''],
    ['m', 'f'],
  ],
  nasal: [
    ['p', 'mh'],
    ['t', 'nh'],
    ['c', 'ngh'],
    ['b', 'm'],
    ['d', 'n'],
    ['g', 'ng'],
  ],
  aspirate: [
    ['p', 'ph'],
    ['t', 'th'],
    ['c', 'ch'],
  ],
};

/**
 * Letters that are one letter in Welsh: a word starting with `ch`, `dd`, `ff`, `ng`, `ph` or `th`
 * does not start with `c`, `d`, `f`, `n`, `p` or `t`, so none of those rules applies to it.
 */
const digraphs = ['ch', 'dd', 'ff', 'ng', 'ph', 'th'];

/** The word's case applied to a new start: `Gwynedd` soft-mutated is `Wynedd`, `CAERDYDD` stays capitals. */
function withStart(word: string, cut: number, start: string): string {
  const rest = word.slice(cut);
  const upper = word.length > 1 && word === word.toLocaleUpperCase('cy') && word !== word.toLocaleLowerCase('cy');
  if (upper) return (start + rest).toLocaleUpperCase('cy');
  const capital = word[0] !== undefined && word[0] !== word[0].toLocaleLowerCase('cy');
  if (!capital) return start + rest;
  // The capital moves to the new start: Abertawe → Habertawe, Lanelli → Glanelli.
  const joined = start + (cut === 0 ? rest.charAt(0).toLocaleLowerCase('cy') + rest.slice(1) : rest);
  return joined.charAt(0).toLocaleUpperCase('cy') + joined.slice(1);
}

/** The word with `mutation` applied, or undefined when its start does not change under it. */
export function mutate(word: string, mutation: Mutation): string | undefined {
  const lower = word.toLocaleLowerCase('cy');
  if (mutation === 'h') return isVowel(lower[0]) ? withStart(word, 0, 'h') : undefined;
  if (digraphs.some((digraph) => lower.startsWith(digraph))) return undefined;
  const rule = forward[mutation].find(([radical]) => lower.startsWith(radical));
  if (!rule) return undefined;
  const [radical, start] = rule;
  const mutated = withStart(word, radical.length, start);
  // `g` dropped leaves a word that starts with what followed it: nothing left means no word.
  return mutated === '' ? undefined : mutated;
}

/** The forms `word` takes under each mutation, where it changes. */
export function mutations(word: string): Partial<Record<Mutation, string>> {
  const forms: Partial<Record<Mutation, string>> = {};
  for (const mutation of ['soft', 'nasal', 'aspirate', 'h'] as const) {
    const form = mutate(word, mutation);
    if (form !== undefined) forms[mutation] = form;
  }
  return forms;
}

/**
 * Every mutated form of `word`, each once, without the word itself: `Caerdydd` → `Gaerdydd`,
 * `Nghaerdydd`, `Chaerdydd`. Hyphenated names mutate at their start only (`Pen-y-bont` → `Mhen-y-bont`).
 */
export function mutatedForms(word: string): string[] {
  return [...new Set(Object.values(mutations(word)))].filter((form) => form !== word);
}

/** Mutated start → the radical starts it may come from, longest mutated start first. */
const backward: readonly (readonly [string, readonly string[]])[] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ph', ['p']],
  ['th', ['t']],
  ['ch', ['c']],
  ['dd', ['d']],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['f', ['b', 'm']],
  ['m', ['b']],
  ['n', ['d']],
  ['l', ['ll']],
  ['r', ['rh']],
];

/**
 * The radicals `word` may be a mutated form of, most likely first, without the word itself (which
 * may be its own radical: `Bangor` is both the radical and the soft form of `Pangor`). `Nghaerdydd`
 * → `Caerdydd`; `Fangor` → `Bangor`, `Mangor`; `Wynedd` → `Gwynedd`; `Lanelli` → `Llanelli`, `Glanelli`;
 * `hardal` → `ardal`. Without a dictionary, some candidates are not words; they find nothing.
 */
export function radicalCandidates(word: string): string[] {
  const lower = word.toLocaleLowerCase('cy');
  const candidates: string[] = [];
  const rule = backward.find(([start]) => lower.startsWith(start));
  // `ff`, `ll` and `rh` are letters of their own, never a mutation's result (`ll` is not `l` + `l`).
  const isLetter = ['ff', 'll', 'rh'].some((letter) => lower.startsWith(letter));
  if (rule && !isLetter) {
    const [start, radicals] = rule;
    for (const radical of radicals) candidates.push(withStart(word, start.length, radical));
  }
  // The soft mutation drops `g`: a word starting with a vowel, `l`, `r` or `w` may have lost one.
  if ((isVowel(lower[0]) || lower[0] === 'l' || lower[0] === 'r') && !lower.startsWith('ll') && !lower.startsWith('rh'))
    candidates.push(withStart(word, 0, 'g'));
  // h before a vowel: `ei hardal` is `ardal`.
  if (lower[0] === 'h' && isVowel(lower[1])) candidates.push(withStart(word, 1, ''));
  return [...new Set(candidates)].filter((candidate) => candidate !== word && candidate !== '');
}

/**
 * Words after which the next word is often mutated (prepositions, possessives, the particle `yn`,
 * `a`/`ac`, numerals): `i Gaerdydd`, `yng Nghaerdydd`, `ym Mhorthmadog`, `o Wynedd`, `a Chaerdydd`,
 * `ei hardal`. Used to choose which words of a Welsh text to index under their radicals too.
 */
export const mutationTriggers: ReadonlySet<string> = new Set([
  // soft
  'i',
  'o',
  'am',
  'ar',
  'at',
  'dan',
  'dros',
  'drwy',
  'trwy',
  'gan',
  'heb',
  'hyd',
  'wrth',
  'neu',
  'dy',
  'ei',
  "i'w",
  'yn',
  'mor',
  'rhy',
  'dau',
  'dwy',
  'pa',
  'y',
  'yr',
  'un',
  'ail',
  // nasal
  'fy',
  'yng',
  'ym',
  // aspirate
  'a',
  'â',
  'ac',
  'gyda',
  'efo',
  'tua',
  'tri',
  'chwe',
  'na',
  // h before a vowel
  'ein',
  'eu',
  // the ends of contractions: a'r, i'w, o'i
  "'r",
  "'w",
  "'i",
]);

/** Whether `word` is a trigger, alone or as the end of a contraction (`a'r`, `i'w`, `o’i`). */
function isTrigger(word: string): boolean {
  const lower = word.toLocaleLowerCase('cy').replace(/’/g, "'");
  const apostrophe = lower.lastIndexOf("'");
  return mutationTriggers.has(lower) || (apostrophe > 0 && mutationTriggers.has(lower.slice(apostrophe)));
}

/** Letters of a word, as search splits text: letters (of any script), digits, apostrophes and hyphens inside. */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The radicals of the words of a Welsh `text` that follow a mutation trigger and may be mutated,
 * each once: `yng Nghaerdydd` gives `Caerdydd`, `gyda busnesau yng Ngwynedd` gives `Gwynedd`.
 * Indexed beside a Welsh page's text, so that the unmutated form finds it. Words already written
 * in the text are left out; candidates of one or two letters are not words a reader searches for.
 */
export function radicalsOfMutatedWords(text: string): string[] {
  const words = text.match(wordPattern) ?? [];
  const written = new Set(words.map((word) => word.toLocaleLowerCase('cy')));
  const radicals = new Map<string, string>();
  for (let index = 1; index < words.length; index++) {
    if (!isTrigger(words[index - 1]!)) continue;
    for (const candidate of radicalCandidates(words[index]!)) {
      const key = candidate.toLocaleLowerCase('cy');
      if (candidate.length > 2 && !written.has(key) && !radicals.has(key)) radicals.set(key, candidate);
    }
  }
  return [...radicals.values()];
}

/**
 * The mutated forms of the words of a name (a place, an organisation), each once, without forms of
 * words shorter than three letters: `Cyngor Gwynedd` → `Gyngor`, `Nghyngor`, `Chyngor`, `Wynedd`,
 * `Ngwynedd`. Indexed beside the name, so that a reader who types `yng Ngwynedd` finds it.
 */
export function mutatedFormsOfName(name: string): string[] {
  const words = name.match(wordPattern) ?? [];
  const forms = new Set<string>();
  for (const word of words) if (word.length > 2) for (const form of mutatedForms(word)) forms.add(form);
  return [...forms];
}

/**
 * Searches to try, most likely first, when `query` as typed finds nothing: each mutated-looking
 * word (three letters or more) replaced by a radical it may come from, and a trigger word before it
 * dropped (`yng Nghaerdydd` → `Caerdydd`, as a page in English writes it); then every such word
 * replaced at once. At most `max`, none equal to the query.
 */
export function radicalQueries(query: string, max = 6): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  // Trigger words are written as they are: "yng" is not a mutated "gyng".
  const alternatives = words.map((word) => (word.length > 2 && !isTrigger(word) ? radicalCandidates(word) : []));
  const joined = (replaced: Map<number, string>) =>
    words
      .flatMap((word, index) => {
        if (replaced.has(index)) return [replaced.get(index)!];
        // The trigger before a replaced word goes with its mutation.
        if (replaced.has(index + 1) && isTrigger(word)) return [];
        return [word];
      })
      .join(' ');
  const queries = new Set<string>();
  alternatives.forEach((candidates, index) => {
    for (const candidate of candidates) queries.add(joined(new Map([[index, candidate]])));
  });
  const firsts = new Map(
    alternatives.flatMap((candidates, index) => (candidates[0] ? [[index, candidates[0]] as const] : [])),
  );
  if (firsts.size > 1) queries.add(joined(firsts));
  queries.delete(query.trim());
  return [...queries].slice(0, max);
}

/**
 * `query` without the trigger words before a word that may be mutated (`yng Ngwynedd` → `Ngwynedd`,
 * `gan Gyngor Gwynedd` → `Gyngor Gwynedd`): search requires every word, and a page in English,
 * found by the name's indexed forms, has no "yng". A trigger alone, or last, is kept.
 */
export function withoutTriggers(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter(
    (word, index) => !(isTrigger(word) && index + 1 < words.length && radicalCandidates(words[index + 1]!).length > 0),
  );
  return kept.join(' ');
}
