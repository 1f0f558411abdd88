/**
 * Reading the front matter's YAML with the location of every value. The file is split by the
 * library's reader (src/content/split.ts), and values are read by js-yaml 4 as Astro reads them
 * (src/content/parse.ts); positions come from the `yaml` package, which keeps the source of every node.
 */
import yaml from 'js-yaml';
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Parser,
  type Document,
  type Node as YamlNode,
  type Pair,
  type Scalar,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { frontmatterValues } from '../content/parse.ts';
import { problem, type Position, type Problem } from '../content/problem.ts';
import { codePoint } from '../content/source-text.ts';

// The splitter is the reader's; the validator's tests and rules name it from here too.
export { safeMatterOptions, splitFrontmatter, type Frontmatter, type SplitResult } from '../content/split.ts';

/** The front matter's YAML, read for values (js-yaml) and for places (yaml). */
export interface YamlFrontmatter {
  /** The value js-yaml reads, exactly as Astro gives it to the schema; undefined when unsafe or unreadable. */
  data: unknown;
  /** True when `data` can be trusted: no syntax error, alias, tag or merge key. */
  readable: boolean;
  /** The document with source ranges. */
  document: Document.Parsed;
  /** Where an offset into `raw` is in the file. */
  locate(offset: number): Position;
  /** Where the value at `path` is written; `exact` is false when only an ancestor exists. */
  locatePath(path: readonly PropertyKey[]): { at: Position; exact: boolean };
  /** Where the key `key` of the mapping at `path` is written. */
  locateKey(path: readonly PropertyKey[], key: string): Position | undefined;
}

/** A scalar of the document, with its logical path (keys and indexes), for rules that scan values. */
export interface ScalarVisit {
  node: Scalar;
  path: PropertyKey[];
  isKey: boolean;
}

/**
 * Invisible characters that js-yaml reads into a key or value without a word: a byte-order mark
 * (U+FEFF; the yaml package drops it, so the two would disagree) and NEL (U+0085), the one control
 * character js-yaml lets through. Checked on every file, whichever way its values are read.
 */
export function invisibleCharacters(file: string, raw: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of raw.matchAll(/[\uFEFF\u0085]/g)) {
    const message =
      match[0] === '\uFEFF'
        ? 'an invisible byte-order mark (U+FEFF) is written here, and would be read as part of the text: delete it'
        : 'an invisible control character (U+0085) is written here: delete it';
    problems.push(
      problem(
        file,
        match[0] === '\uFEFF' ? 'invisible-character' : 'control-character',
        message,
        locateIn(raw, match.index),
      ),
    );
  }
  return onePerLine(problems);
}

/** Reads the YAML of the front matter, reporting syntax errors and the constructs we refuse. */
export function readYaml(file: string, raw: string): { yaml: YamlFrontmatter; problems: Problem[] } {
  const problems: Problem[] = [];
  const tooDeep = deepNesting(raw);
  if (tooDeep !== undefined) {
    // Refused unparsed: both YAML parsers recurse once per level, and take seconds (or overflow the stack) over thousands.
    const message = `the front matter nests lists or mappings more than ${maxFlowDepth} levels deep: write plain "key: value" lines and lists`;
    const document = parseDocument('');
    const at = locateIn(raw, tooDeep);
    const locate = () => at;
    return {
      yaml: {
        data: undefined,
        readable: false,
        document,
        locate,
        locatePath: () => ({ at, exact: false }),
        locateKey: () => undefined,
      },
      problems: [problem(file, 'yaml-depth', message, at)],
    };
  }
  const lineCounter = new LineCounter();
  // Parsed once for the tokens, to find anchors, aliases and tags where they are written.
  const tokens = [...new Parser().parse(raw)];
  // Duplicate keys are found below: the parser's own check compares every key with every other.
  const document = parseDocument(raw, {
    lineCounter,
    keepSourceTokens: true,
    uniqueKeys: false,
    merge: false,
    prettyErrors: false,
  });
  const locate = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    // Line 1 of `raw` follows the opening "---" on the file's first line.
    return { line, column: line === 1 ? col + 3 : col };
  };
  const add = (rule: string, message: string, offset: number) =>
    problems.push(problem(file, rule, message, locate(offset)));

  let unsafe = false;
  const scalarTokens: { offset: number; end: number }[] = [];
  for (const token of sourceTokens(tokens)) {
    if (token.type === 'anchor')
      add('yaml-anchor', `YAML anchors (${token.source}) are not allowed: write the value out in full`, token.offset);
    if (token.type === 'alias') {
      unsafe = true;
      add('yaml-alias', `YAML aliases (${token.source}) are not allowed: write the value out in full`, token.offset);
    }
    if (token.type === 'tag') {
      unsafe = true;
      add(
        'yaml-tag',
        `YAML tags (${token.source}) are not allowed: write plain values, quoted when they are text`,
        token.offset,
      );
    }
    if (token.type.endsWith('-quoted-scalar'))
      scalarTokens.push({ offset: token.offset, end: token.offset + token.source.length });
  }
  const syntaxErrors: YAMLError[] = [];
  for (const error of document.errors) {
    syntaxErrors.push(error);
  }
  if (syntaxErrors.length > 0) {
    // An unclosed quote is only noticed where the front matter ends: point at where it opens.
    const quoted = syntaxErrors
      .map((error) => scalarTokens.find((token) => token.offset < error.pos[0] && error.pos[0] <= token.end))
      .find(Boolean);
    const jsYaml = quoted || unsafe ? undefined : jsYamlError(raw);
    if (quoted)
      add(
        'yaml-syntax',
        'YAML syntax: this quoted text is never closed: end it with the same quote mark',
        quoted.offset,
      );
    else if (jsYaml) problems.push(problem(file, 'yaml-syntax', `YAML syntax: ${jsYaml.reason}`, jsYaml.at));
    else
      for (const error of syntaxErrors)
        add('yaml-syntax', `YAML syntax: ${firstSentence(error.message)}`, error.pos[0]);
  }
  for (const { key, offset } of duplicateKeys(document))
    add('yaml-duplicate-key', `"${key}" appears twice: keep one`, offset);
  visitScalars(document, ({ node, isKey }) => {
    // js-yaml merges the mapping under a plain "<<" key into its parent.
    if (isKey && node.type === 'PLAIN' && node.value === '<<') {
      unsafe = true;
      add('yaml-merge-key', 'YAML merge keys (<<) are not allowed: write every field out', node.range?.[0] ?? 0);
    }
  });

  let data: unknown;
  if (problems.every((item) => item.rule === 'yaml-anchor')) {
    try {
      data = frontmatterValues(raw);
    } catch {
      const error = jsYamlError(raw);
      problems.push(
        problem(file, 'yaml-syntax', `YAML syntax: ${error?.reason ?? 'the front matter cannot be read'}`, error?.at),
      );
    }
  }

  const locatePath = (path: readonly PropertyKey[]) => {
    let node: unknown = document.contents;
    let found: YamlNode | undefined;
    let exact = true;
    for (const step of path) {
      const next = childOf(node, step);
      if (next === undefined) {
        exact = false;
        break;
      }
      node = next;
      if (next !== null) found = next;
    }
    const offset = found?.range?.[0];
    return { at: offset === undefined ? { line: 1, column: 1 } : locate(offset), exact: exact && found !== undefined };
  };
  const locateKey = (path: readonly PropertyKey[], key: string) => {
    let node: unknown = document.contents;
    for (const step of path) node = childOf(node, step) ?? undefined;
    if (!isMap(node)) return undefined;
    // js-yaml turns a key that is a list or a mapping into text, such as "a,b" or "[object Object]".
    const pair =
      pairsOf(node).get(key) ?? node.items.find((item) => isCollection(item.key) && String(item.key.toJSON()) === key);
    const offset = isNode(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? undefined : locate(offset);
  };

  // Anchors alone change no value, so the schema can still check the rest.
  const trusted = problems.every((item) => item.rule === 'yaml-anchor');
  return { yaml: { data, readable: trusted, document, locate, locatePath, locateKey }, problems: onePerLine(problems) };
}

/** How deeply flow collections (`[...]`, `{...}`) may nest; a case study needs three. */
export const maxFlowDepth = 20;

/** The offset where flow collections first nest deeper than {@link maxFlowDepth}, if they do. Quotes and comments are skipped. */
function deepNesting(raw: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\n' && quote === "'") quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (index === 0 || /\s/.test(raw[index - 1]!))) {
      const end = raw.indexOf('\n', index);
      index = end === -1 ? raw.length : end;
    } else if (char === '[' || char === '{') {
      if (++depth > maxFlowDepth) return index;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
    else if (char === '\n' && !/^[ \t]/.test(raw.slice(index + 1, index + 2))) depth = 0;
  }
  return undefined;
}

/** Every key written a second time in the same mapping, where it is written the second time. */
function duplicateKeys(document: Document.Parsed): { key: string; offset: number }[] {
  const found: { key: string; offset: number }[] = [];
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = String(pair.key.value);
          if (seen.has(key)) found.push({ key, offset: pair.key.range?.[0] ?? 0 });
          seen.add(key);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The pairs of a mapping by key, built once: a front matter with thousands of unknown keys would otherwise take seconds. */
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items)
      if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    pairIndexes.set(map, index);
  }
  return index;
}

/** The child at one path step: a map's value (null when the key has no value) or a sequence's item. */
function childOf(node: unknown, step: PropertyKey): YamlNode | null | undefined {
  if (isMap(node)) {
    const pair = pairsOf(node).get(String(step));
    if (!pair) return undefined;
    return (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
  }
  if (isSeq(node) && typeof step === 'number') return (node.items[step] as YamlNode | undefined) ?? undefined;
  return undefined;
}

/** Calls `visit` for every scalar, key or value, with its logical path. */
export function visitScalars(document: Document.Parsed, visit: (scalar: ScalarVisit) => void): void {
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isScalar(node)) visit({ node, path, isKey: false });
    else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        if (isScalar(pair.key)) visit({ node: pair.key, path: [...path, key], isKey: true });
        else walk(pair.key, [...path, key]);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    else if (isAlias(node)) return;
  };
  walk(document.contents, []);
}

/** Every source token (anchor, tag, alias, scalar, ...) in a parsed YAML token tree, in no particular order. */
function sourceTokens(value: unknown): { type: string; offset: number; source: string }[] {
  // A loop rather than recursion: the tree is as deep as the YAML nests.
  const found: { type: string; offset: number; source: string }[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
      continue;
    }
    if (next === null || typeof next !== 'object') continue;
    const token = next as Record<string, unknown>;
    if (typeof token.type === 'string' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.push({ type: token.type, offset: token.offset, source: token.source });
    }
    for (const key in token) if (key !== 'source' && typeof token[key] === 'object') stack.push(token[key]);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Characters js-yaml refuses anywhere in a document (its PATTERN_NON_PRINTABLE): its mark then
 * says where reading stopped, not where the character is.
 */
const nonPrintable =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** A line `...`: the end of a YAML document; anything but comments after it starts a second one. */
const documentEnd = /^\.\.\.(?=[ \t\r\n]|$)/m;
/** A line starting with `%`: a YAML directive, allowed only before a `---` that the front matter never has. */
const directive = /^%/m;

/** js-yaml's account of why `raw` cannot be read (its positions are good for indentation mistakes). */
function jsYamlError(raw: string): { reason: string; at: Position } | undefined {
  try {
    frontmatterValues(raw);
    return undefined;
  } catch (error) {
    const unprintable = nonPrintable.exec(raw);
    if (unprintable) {
      // The pattern may match the character before a lone low surrogate: point at the offending one.
      const offset = unprintable[0].length === 2 ? unprintable.index + 1 : unprintable.index;
      const what =
        raw.charCodeAt(offset) === 0
          ? 'a null character'
          : `an invisible control character (${codePoint(raw.charCodeAt(offset))})`;
      return { reason: `${what} is not allowed: delete it`, at: locateIn(raw, offset) };
    }
    if (!(error instanceof yaml.YAMLException)) return { reason: String(error), at: locateIn(raw, 0) };
    // The only error js-yaml throws without a place: a second document, after a line "...".
    if (!error.mark) {
      const end = documentEnd.exec(raw);
      const reason = 'a line "..." ends the YAML here, and the site cannot read the fields after it: delete the line';
      return end
        ? { reason, at: locateIn(raw, end.index) }
        : { reason: error.reason || error.message, at: locateIn(raw, 0) };
    }
    if (/directive/.test(error.reason)) {
      const line = directive.exec(raw);
      if (line)
        return {
          reason: 'YAML directives (lines starting with %) are not allowed: delete the line',
          at: locateIn(raw, line.index),
        };
    }
    const { line, column } = error.mark;
    // Line 1 of `raw` follows the opening "---".
    return { reason: error.reason, at: { line: line + 1, column: line === 0 ? column + 4 : column + 1 } };
  }
}

/** Where an offset into `raw` is in the file, without a parsed document. */
function locateIn(raw: string, offset: number): Position {
  const before = raw.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column: line === 1 ? column + 3 : column };
}

/** One problem of a kind per line: an alias bomb has dozens of aliases, a broken line several errors. */
function onePerLine(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((item) => {
    const key = `${item.rule === 'yaml-syntax' ? item.rule : `${item.rule}:${item.message}`}@${item.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const firstSentence = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
