/**
 * Splitting a case study into front matter and body: the one splitter, used by the validator and
 * by everything else that reads a case-study file.
 *
 * The build must read exactly what the validator accepts, so this follows Astro's own extraction
 * (`@astrojs/internal-helpers/frontmatter`: the regular expression below, then `js-yaml`'s `load`
 * on the text between the delimiters, see parse.ts). gray-matter is asked only where the two could
 * disagree, with every engine but YAML replaced by one that throws: its default `javascript`
 * engine would `eval` a `---js` block.
 */
import matter from 'gray-matter';
import { problem, type Problem } from './problem.ts';

/** The front matter of a file as Astro extracts it, and the body with positions kept. */
export interface Frontmatter {
  /** The text between the delimiters, exactly as Astro hands it to js-yaml; its line N is the file's line N. */
  raw: string;
  /** Line of the closing `---`. */
  closingLine: number;
  /** The body, preceded by one empty line per front-matter line so that its positions are the file's. */
  body: string;
}

export type SplitResult = { ok: true; frontmatter: Frontmatter } | { ok: false; problems: Problem[] };

/** Astro's pattern (internal-helpers/dist/frontmatter.js): it also accepts `+++` TOML, which we refuse. */
const astroFrontmatterPattern = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is never read`);
};
/** Text captured by the YAML engine; gray-matter only splits, js-yaml reads. */
const captureYaml = () => ({});

/**
 * gray-matter options that make it split without evaluating anything. Always pass an options
 * object: `matter(text)` without one caches every result for the life of the process.
 */
export const safeMatterOptions = {
  language: 'yaml',
  excerpt: false,
  engines: {
    yaml: captureYaml,
    yml: captureYaml,
    // gray-matter looks an engine up by name, then by alias (js → javascript, cson → coffee);
    // unknown names throw "not registered".
    javascript: refuse('JavaScript'),
    js: refuse('JavaScript'),
    json: refuse('JSON'),
    toml: refuse('TOML'),
    coffee: refuse('CoffeeScript'),
    coffeescript: refuse('CoffeeScript'),
    cson: refuse('CoffeeScript'),
  },
};

/** Splits `text` (decoded, with or without one byte-order mark) into front matter and body. */
export function splitFrontmatter(file: string, text: string): SplitResult {
  const fail = (rule: string, message: string, line = 1) => ({
    ok: false as const,
    problems: [problem(file, rule, message, { line, column: 1 })],
  });
  // Astro's pattern allows one byte-order mark: after a second, it finds no front matter at all.
  text = text.replace(/^\uFEFF/, '');
  if (text.startsWith('\uFEFF')) {
    return fail(
      'encoding',
      'the file starts with two byte-order marks (invisible characters), after which the site finds no front matter: save the file as UTF-8 without them',
    );
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));

  if (!firstLine.startsWith('---')) {
    if (firstLine.startsWith('+++'))
      return fail(
        'frontmatter-language',
        'front matter in TOML (+++) is not allowed: write YAML between two lines "---"',
      );
    if (/^\s*\n\s*---/.test(text))
      return fail(
        'frontmatter-missing',
        'the first line must be "---": remove the blank lines before the front matter',
      );
    return fail(
      'frontmatter-missing',
      'the file must start with front matter: a line "---", the fields as "key: value" lines, then a line "---"',
    );
  }
  const language = firstLine.slice(3).trim();
  if (language !== '') {
    if (/^[-+]/.test(language))
      return fail('frontmatter-language', `the first line must be exactly "---", not "${firstLine.trim()}"`);
    return fail(
      'frontmatter-language',
      `front matter in "${language}" is not allowed: only YAML between two lines "---" is read, and nothing in it is ever run`,
    );
  }

  const astro = astroFrontmatterPattern.exec(text);
  if (!astro)
    return fail('frontmatter-unclosed', 'the front matter is never closed: add a line "---" after its last field');
  const raw = astro[1]!;
  // gray-matter takes a tenth of the validator's time: ask it only when a line starts with +++.
  if (text.includes('\n+++') && raw !== `${matter(text, safeMatterOptions).matter}\n`) {
    // Only a line starting with +++ makes the two disagree: Astro ends the front matter there.
    const line = raw.split('\n').length;
    return fail(
      'frontmatter-delimiter',
      'a line starting with "+++" ends the front matter for the site: indent it or put the value in quotes',
      line,
    );
  }

  const closingLine = raw.split('\n').length;
  const afterClosing = text.slice(3 + raw.length + 3);
  const closingRest = afterClosing.slice(0, afterClosing.search(/\n|$/));
  if (closingRest.trim() !== '') {
    return fail(
      'frontmatter-delimiter',
      `the closing "---" must be alone on its line, not "---${closingRest.trimEnd()}"`,
      closingLine,
    );
  }
  const bodyStart = afterClosing.indexOf('\n');
  const body = '\n'.repeat(closingLine) + (bodyStart === -1 ? '' : afterClosing.slice(bodyStart + 1));
  return { ok: true, frontmatter: { raw, closingLine, body } };
}


/** The body of split front matter as written, without the empty lines that keep its positions. */
export const bodyText = (frontmatter: Frontmatter): string => frontmatter.body.slice(frontmatter.closingLine);
