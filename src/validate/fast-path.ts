/**
 * Shortcuts for the files that are plainly fine: in a large library, nearly all of them.
 *
 * Locating every YAML value (the `yaml` package's source tokens and document) and building the
 * Markdown tree cost about 20 times more than reading the values with js-yaml and checking them
 * with the schema, and both are needed only to say *where* a problem is. So each shortcut here
 * certifies, with cheap and conservative checks on the text, that a slow step cannot find
 * anything; whenever one is in doubt, the file takes the full path, which alone reports problems.
 * A shortcut never reports a problem itself, and never changes what is reported.
 */
import { frontmatterValues } from '../content/parse.ts';
import { isRealDate, type CaseStudySchema } from '../schema/case-study.ts';
import type { GuideSchema } from '../schema/guide.ts';
import type { BodyKind } from './body-rules.ts';
import { readYaml, type YamlFrontmatter } from './frontmatter.ts';
import { siteOrigin, webHostPattern } from './link-policy.ts';
import { holdsContactLink, readerText } from './reader-view.ts';

/** Tests turn the shortcuts off to check that they never change what is reported. */
export const shortcuts = { enabled: true };

/** Characters `isUnsafeUrl` ignores inside a URL, and backslashes (Markdown escapes). */
const ignorable = String.raw`[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200d\ufeff\\]*`;
/** `javascript:`, `data:` or `vbscript:` in any case, with ignorable characters anywhere in it. */
const schemeWord = new RegExp(
  ['javascript', 'data', 'vbscript'].map((word) => [...word, ':'].join(ignorable)).join('|'),
  'i',
);

/**
 * Where a link could be written in Markdown: an inline link or image (`](`), a definition (`]:`),
 * and a GFM literal autolink (`www.`, `http://`, `https://`; an e-mail address becomes a `mailto:`
 * link, which is always fine). The link rules judge every address, so these need the tree, unless
 * every address is plainly a good one (see {@link linksArePlainlyFine}).
 */
const linkSyntax = /\]\(|\]:|www\.|:\/\//i;

/** An inline link's destination on another site, its scheme in lower case: no space, parenthesis, angle bracket, quote (a title) or backslash (an escape). */
const plainDestination = /^https?:\/\/([a-zA-Z0-9.-]+)(?::\d{1,5})?(?:[/?#][^\s()<>"'\\]*)?$/;
/**
 * A run of text where GFM may see a literal autolink: its host, then a path, or only trailing
 * punctuation, which is not part of the link. Only the host is judged: the link ends somewhere in
 * the run, after its host.
 */
const plainLiteral = /^https?:\/\/([a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+)(?::\d{1,5})?(?:[/?#]\S*|[^\w\s/?#]*)$/;

let cachedOrigin: { env: string | undefined; origin: string } | undefined;
function currentOrigin(): string {
  if (!cachedOrigin || cachedOrigin.env !== process.env.SITE_URL)
    cachedOrigin = { env: process.env.SITE_URL, origin: siteOrigin() };
  return cachedOrigin.origin;
}

/** True when `address` matches `pattern`, has a good host name and is not this site's own (which the link rules judge against the site). */
function plainlyFine(address: string, pattern: RegExp): boolean {
  const host = pattern.exec(address)?.[1];
  if (!host || !webHostPattern.test(host)) return false;
  try {
    return new URL(address).origin !== currentOrigin();
  } catch {
    return false;
  }
}

/**
 * True when every link `body` could hold is certainly fine, without reading it as Markdown: no
 * definition, every inline destination and every run starting with `www.` or `http(s)://` a
 * plain address on another site, and no other `://`. Over-counts (a destination in code, text
 * that is no link), never under-counts; in doubt, false.
 */
function linksArePlainlyFine(body: string): boolean {
  if (body.includes(']:')) return false;
  for (const match of body.matchAll(/\]\(([^)]*)/g)) if (!plainlyFine(match[1]!, plainDestination)) return false;
  // Any other scheme before "://" (ftp://, file://) is for the link rules to judge. Looked for from each "://", not scanned for.
  for (let at = body.indexOf('://'); at !== -1; at = body.indexOf('://', at + 3)) {
    // Case-sensitive: a scheme in capitals (HTTPS://) is the link rules' to refuse.
    if (!/(?:^|[^a-zA-Z0-9+.-])https?$/.test(body.slice(Math.max(0, at - 6), at))) return false;
  }
  for (const match of body.matchAll(/(?:https?:\/\/|www\.)\S*/gi)) {
    const run = match[0];
    if (!plainlyFine(/^www\./i.test(run) ? `http://${run}` : run, plainLiteral)) return false;
  }
  return true;
}

/**
 * False when the Markdown of `body` certainly has none of the nodes the body rules look at: raw
 * HTML and autolinks (they need a `<`), images (`![`), links or definitions to a script URL, and
 * links whose address is not plainly good (the link rules judge every address).
 * A character reference (`&#106;`, `&colon;`) could spell a scheme, so any `&` before a letter or
 * `#` needs the tree, as does MDX, whose constructs are too varied to rule out from the text.
 */
export function bodyNeedsTree(body: string, kind: BodyKind): boolean {
  if (kind !== 'md' || !shortcuts.enabled) return true;
  if (body.includes('<') || body.includes('![') || /&[#a-z]/i.test(body)) return true;
  if (linkSyntax.test(body) && !linksArePlainlyFine(body)) return true;
  return schemeWord.test(body);
}

/**
 * Where an anchor (`&a`), alias (`*a`) or tag (`!t`) could start a YAML node: after the start of
 * a line, a space, or an indicator. Over-matches `&` and `!` in text such as "Health & wellbeing",
 * which then takes the full path.
 */
const yamlNodeProperty = /(?:^|[\s[\]{},:-])[&*!]/;
/** A run of digits and the separators a telephone number may use between them. */
const digitRun = /\d(?:[ \t().-]{0,3}\d)+/g;
const dateFields = ['published', 'updated'] as const;
/** `  email: name@example.org` on its own line, quoted or not: where a contact's address is written. */
const consentedEmailLine =
  /^[ \t]+email:[ \t]*(?:"([^"\s@]+@[^"\s@]+)"|'([^'\s@]+@[^'\s@]+)'|([^"'\s@#][^\s@]*@[^\s@]+))[ \t]*$/m;

/**
 * Could a telephone number be written in `raw`? Every number `findPhoneNumbers` accepts has 10 or
 * more digits, or 8 or more after a `+`, all in one run of digits and separators; a run with fewer
 * (a date, a year, a population) cannot hold one.
 */
function mayHoldPhoneNumber(raw: string): boolean {
  for (const match of raw.matchAll(digitRun)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 10) return true;
    if (digits >= 8 && /\+[ \t]?$/.test(raw.slice(Math.max(0, match.index - 2), match.index))) return true;
  }
  return false;
}

const mixedLineEnds = (raw: string) => raw.includes('\r\n') && /(?:^|[^\r])\n/.test(raw);

/** A date js-yaml read from an unquoted value: plainly fine only when written `YYYY-MM-DD` on its own line, and real. */
function plainDateWritten(raw: string, field: string, value: Date): boolean {
  const written = new RegExp(`^${field}:[ \\t]*(\\d{4}-\\d\\d-\\d\\d)[ \\t]*(?:#.*)?$`, 'm').exec(raw)?.[1];
  return written !== undefined && isRealDate(written) && value.toISOString().slice(0, 10) === written;
}

const countOf = (text: string, character: string) => text.split(character).length - 1;

/**
 * The front matter's values when they are plainly fine: no anchor, alias, tag or merge key that
 * the full reader would refuse, no `@` but the consented contact's address and no escape that
 * could hide one, no run of digits long enough for a telephone number and no `mailto:` or `tel:`
 * link, all as a reader sees the text (character references, look-alike characters and line
 * breaks read: see reader-view.ts), dates written plainly, and the schema accepts them.
 * Its document is parsed (with the full reader) only if a later rule asks where something is.
 * Undefined whenever in doubt: then the full reader and the schema rules run, and say what is wrong.
 */
export function plainFrontmatter(
  file: string,
  raw: string,
  schema: CaseStudySchema | GuideSchema,
): YamlFrontmatter | undefined {
  // A line starting with % (a directive, or inside a quoted value), and CRLF mixed with bare LF
  // line ends, are read differently by the two YAML readers: the full reader says what is wrong.
  if (
    !shortcuts.enabled ||
    yamlNodeProperty.test(raw) ||
    raw.includes('<<') ||
    raw.includes('\\') ||
    /^%/m.test(raw) ||
    mixedLineEnds(raw)
  )
    return undefined;
  const seen = readerText(raw, 'plain');
  if (mayHoldPhoneNumber(seen) || holdsContactLink(seen)) return undefined;
  const ats = countOf(seen, '@');
  if (ats > 1 || countOf(raw, '@') !== ats || (ats === 1 && !consentedEmailLine.test(raw))) return undefined;
  const at = raw.indexOf('@');
  let data: unknown;
  try {
    data = frontmatterValues(raw);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  for (const field of dateFields) {
    const value = record[field];
    if (value instanceof Date && !plainDateWritten(raw, field, value)) return undefined;
  }
  if (!schema.safeParse(record).success) return undefined;
  if (at !== -1) {
    // The one @ must be the consented contact's own address, which the schema has judged.
    const contact = record.contact as { email?: unknown; consent?: unknown } | undefined;
    const written = consentedEmailLine.exec(raw);
    if (contact?.consent !== true || (written?.[1] ?? written?.[2] ?? written?.[3]) !== contact.email) return undefined;
  }

  return locatedLater(file, raw, data);
}

/** Front matter whose values are known, whose document is parsed only if a rule asks where something is. */
export function locatedLater(file: string, raw: string, data: unknown): YamlFrontmatter {
  let full: YamlFrontmatter | undefined;
  const located = () => (full ??= readYaml(file, raw).yaml);
  return {
    data,
    readable: true,
    get document() {
      return located().document;
    },
    locate: (offset) => located().locate(offset),
    locatePath: (path) => located().locatePath(path),
    locateKey: (path, key) => located().locateKey(path, key),
  };
}
