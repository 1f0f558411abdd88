/**
 * node scripts/bench/markdown-complexity.ts [--family NAME]... [--kind md|mdx] [--sizes 8,16,...]
 *   [--budget SECONDS] [--timeout SECONDS] [--parser micromark|check|satteri] [--json FILE]
 *
 * How long the Markdown parsers take over text built to make them slow, and over the largest
 * legitimate case studies, as the text grows: the measurements behind the limits of
 * src/validate/body-complexity.ts. For each family and size it reports the CPU time of the thread
 * that parses (not wall time, so that a busy machine changes the figures less), and the growth
 * exponent between the last two sizes (1 is linear, 2 quadratic).
 *
 * `micromark` is the validator's parse (mdast-util-from-markdown with the GFM and MDX extensions,
 * as body-rules.ts calls it); `check` is the validator's whole body check (parse, HTML rules,
 * personal data); `satteri` is what Astro 7 builds pages with (@astrojs/markdown-satteri).
 *
 * Each size runs in a worker thread, stopped after --timeout seconds; a family stops growing once
 * one size takes longer than --budget seconds. A measurement, not a test.
 */
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

type Kind = 'md' | 'mdx';
type Parser = 'micromark' | 'check' | 'satteri';

interface Family {
  name: string;
  /** True for text a contributor may really write: it must be accepted at every size up to 256 KB. */
  legitimate: boolean;
  /** Text of about `bytes` bytes. */
  make(bytes: number): string;
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
/** `unit` repeated, cut into lines of `width` characters (one paragraph). */
const wrapped = (unit: string, bytes: number, width = 80) =>
  fill(unit, bytes)
    .match(new RegExp(`[\\s\\S]{1,${width}}`, 'g'))!
    .join('\n');
/** `unit` repeated, in paragraphs of `perParagraph` bytes separated by blank lines. */
const paragraphs = (unit: string, bytes: number, perParagraph: number) => {
  const one = wrapped(unit, perParagraph);
  return Array.from({ length: Math.max(1, Math.floor(bytes / perParagraph)) }, () => one).join('\n\n');
};
const upTo = (bytes: number, next: (index: number) => string) => {
  let text = '';
  for (let index = 0; text.length < bytes; index++) text += next(index);
  return text;
};

const sentence =
  'The council and its *anchor institutions* moved their spending to **local suppliers**, as [the report](https://example.org/report) explains. ';

export const families: Family[] = [
  // ---- What contributors write: the largest accepted files. ----
  {
    name: 'prose',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) =>
          (index % 20 === 0 ? `## Section ${index}\n\n` : '') +
          wrapped(sentence.repeat(6), sentence.length * 6) +
          '\n\n',
      ),
  },
  {
    name: 'plain-prose',
    legitimate: true,
    make: (bytes) =>
      paragraphs('The council and its anchor institutions moved their spending to local suppliers. ', bytes, 800),
  },
  {
    name: 'table',
    legitimate: true,
    make: (bytes) =>
      '| Year | Spend | Share | Source |\n| --- | ---: | :---: | --- |\n' +
      upTo(
        bytes,
        (index) =>
          `| ${2000 + (index % 25)} | £${index}m | **${index % 100}%** | [report ${index}](https://example.org/r/${index}) |\n`,
      ),
  },
  {
    name: 'wide-table',
    legitimate: true,
    make: (bytes) => {
      const columns = 30;
      const row = (cell: (column: number) => string) =>
        `| ${Array.from({ length: columns }, (_, column) => cell(column)).join(' | ')} |\n`;
      return (
        row((column) => `Column ${column}`) +
        row(() => '---') +
        upTo(bytes, (index) => row((column) => `*${index}.${column}*`))
      );
    },
  },
  {
    name: 'link-list',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) => `- [Case study number ${index} about a place](https://example.org/case-studies/${index}/)\n`,
      ),
  },
  {
    name: 'link-paragraph',
    legitimate: true,
    make: (bytes) =>
      wrapped(
        upTo(bytes, (index) => `[link ${index}](https://example.org/${index}) and `),
        bytes,
      ),
  },
  {
    name: 'reference-links',
    legitimate: true,
    make: (bytes) => {
      const half = upTo(bytes / 2, (index) => `See [the report][r${index}] and [another one][r${index}]. `);
      return wrapped(half, bytes) + '\n\n' + upTo(bytes / 2, (index) => `[r${index}]: https://example.org/${index}\n`);
    },
  },
  {
    name: 'nested-lists',
    legitimate: true,
    make: (bytes) => upTo(bytes, (index) => `${'  '.repeat(index % 6)}- item ${index} with *emphasis* and \`code\`\n`),
  },
  {
    name: 'quotes',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) =>
          `${'> '.repeat(1 + (index % 3))}A quoted line ${index} with **strong** text.\n${index % 5 === 4 ? '\n' : ''}`,
      ),
  },
  {
    name: 'html',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) =>
          `<details>\n<summary>Question ${index}</summary>\n\nAnswer with <sup>1</sup> and <abbr title="x">CWB</abbr>.<br>\n\n</details>\n\n`,
      ),
  },
  {
    name: 'code-blocks',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) =>
          '```\n' +
          `const spend${index} = [1, 2, 3].map((x) => x * 2); // *not* [emphasis](x) <b>\n`.repeat(8) +
          '```\n\n',
      ),
  },
  {
    name: 'prose-with-lists',
    legitimate: true,
    make: (bytes) =>
      upTo(bytes, (index) =>
        index % 6 === 5
          ? '\nThe council and its anchor institutions moved their spending to local suppliers, as the report explains.\n\n'
          : `- An item of a list, number ${index}, with [a link](https://example.org/${index})\n`,
      ),
  },
  {
    name: 'prose-with-quotes',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) =>
          `> A quoted paragraph, number ${index}, with *emphasis* and a [link](https://example.org/).\n> It goes on for a second line.\n\n`,
      ),
  },
  {
    name: 'setext-sections',
    legitimate: true,
    make: (bytes) =>
      upTo(
        bytes,
        (index) => `Section ${index}\n---------\n\n` + wrapped(sentence.repeat(6), sentence.length * 6) + '\n\n',
      ),
  },
  {
    name: 'inline-code',
    legitimate: true,
    make: (bytes) =>
      wrapped(
        upTo(bytes, (index) => `use \`x${index}\` and \`\`y\`\` `),
        bytes,
      ),
  },

  // ---- Text built against the parsers (cmark's pathological tests, and more). ----
  { name: 'emphasis-mismatched', legitimate: false, make: (bytes) => fill('*a_ ', bytes) },
  { name: 'emphasis-mismatched-lines', legitimate: false, make: (bytes) => wrapped('*a_ ', bytes) },
  { name: 'emphasis-closers', legitimate: false, make: (bytes) => fill('a_ ', bytes) },
  { name: 'emphasis-openers', legitimate: false, make: (bytes) => fill('_a ', bytes) },
  { name: 'emphasis-nested', legitimate: false, make: (bytes) => fill('*a **a ', bytes) },
  { name: 'emphasis-pairs', legitimate: false, make: (bytes) => fill('*a* ', bytes) },
  { name: 'emphasis-mod3', legitimate: false, make: (bytes) => 'a**b' + fill('c* ', bytes) },
  {
    name: 'emphasis-in-cells',
    legitimate: false,
    make: (bytes) => '| a |\n| - |\n' + upTo(bytes, () => `| ${'*a_ '.repeat(200)} |\n`),
  },
  { name: 'strikethrough', legitimate: false, make: (bytes) => fill('~a', bytes) },
  { name: 'link-closers', legitimate: false, make: (bytes) => fill('a]', bytes) },
  { name: 'link-openers', legitimate: false, make: (bytes) => fill('[a', bytes) },
  { name: 'brackets', legitimate: false, make: (bytes) => fill('[', bytes) },
  { name: 'brackets-nested', legitimate: false, make: (bytes) => '['.repeat(bytes / 2) + 'a' + ']'.repeat(bytes / 2) },
  { name: 'links-emphasis', legitimate: false, make: (bytes) => fill('[ a_', bytes) },
  { name: 'paren-bracket', legitimate: false, make: (bytes) => fill('[ (](', bytes) },
  { name: 'image-brackets', legitimate: false, make: (bytes) => fill('![[]()', bytes) },
  { name: 'link-closed-open', legitimate: false, make: (bytes) => fill(']([\n', bytes) },
  { name: 'unclosed-links', legitimate: false, make: (bytes) => fill('[x](', bytes) },
  { name: 'unclosed-links-lines', legitimate: false, make: (bytes) => wrapped('[x](', bytes) },
  { name: 'unclosed-images', legitimate: false, make: (bytes) => fill('![x](', bytes) },
  { name: 'unclosed-angle-links', legitimate: false, make: (bytes) => fill('[a](<b', bytes) },
  { name: 'unclosed-destinations', legitimate: false, make: (bytes) => fill('[a](b', bytes) },
  { name: 'unclosed-titles', legitimate: false, make: (bytes) => fill('[a](b "', bytes) },
  { name: 'footnote-openers', legitimate: false, make: (bytes) => fill('[^', bytes) },
  {
    name: 'references-many',
    legitimate: false,
    make: (bytes) => upTo(bytes / 2, (index) => `[${index}]: u\n`) + '\n' + fill('[0] ', bytes / 2),
  },
  { name: 'quotes-nested', legitimate: false, make: (bytes) => fill('> ', bytes) + 'a' },
  { name: 'quotes-deep-lines', legitimate: false, make: (bytes) => upTo(bytes, () => `${'>'.repeat(200)} a\n`) },
  { name: 'lists-nested', legitimate: false, make: (bytes) => upTo(bytes, (index) => `${'  '.repeat(index)}- a\n`) },
  { name: 'lists-on-one-line', legitimate: false, make: (bytes) => fill('- ', bytes) + 'a' },
  { name: 'lists-deep-lines', legitimate: false, make: (bytes) => upTo(bytes, () => `${'- '.repeat(100)}a\n`) },
  {
    name: 'backticks-growing',
    legitimate: false,
    make: (bytes) => upTo(bytes, (index) => '`'.repeat(index + 1) + 'e'),
  },
  { name: 'backticks-escaped', legitimate: false, make: (bytes) => fill('\\``', bytes) },
  { name: 'backticks', legitimate: false, make: (bytes) => fill('`', bytes) },
  { name: 'comments-unclosed', legitimate: false, make: (bytes) => '</' + fill('<!--', bytes) },
  { name: 'less-than', legitimate: false, make: (bytes) => fill('<', bytes) },
  { name: 'angle-pairs', legitimate: false, make: (bytes) => fill('<>', bytes) },
  { name: 'open-tags', legitimate: false, make: (bytes) => fill('<a ', bytes) },
  { name: 'open-attributes', legitimate: false, make: (bytes) => fill('<a b="', bytes) },
  { name: 'character-references', legitimate: false, make: (bytes) => fill('&#', bytes) },
  { name: 'autolink-www', legitimate: false, make: (bytes) => fill('www.a', bytes) },
  { name: 'autolink-emails', legitimate: false, make: (bytes) => fill('a@a.', bytes) },
  { name: 'autolink-parens', legitimate: false, make: (bytes) => 'https://a.b/' + fill('(', bytes) },
  { name: 'table-columns', legitimate: false, make: (bytes) => `${fill('|a', bytes / 2)}\n${fill('|-', bytes / 2)}\n` },
  { name: 'table-empty-rows', legitimate: false, make: (bytes) => `| a | b |\n| - | - |\n${fill('|\n', bytes)}` },
  { name: 'components-nested', legitimate: false, make: (bytes) => fill('<Callout>', bytes) },
  { name: 'divs-nested', legitimate: false, make: (bytes) => fill('<div>', bytes) },
  { name: 'braces', legitimate: false, make: (bytes) => fill('\\{', bytes) },
  { name: 'one-long-line', legitimate: false, make: (bytes) => fill('a', bytes) },
  { name: 'cr-lines', legitimate: false, make: (bytes) => fill('*a_\r', bytes) },
  { name: 'setext-headings', legitimate: false, make: (bytes) => fill('a\n=\n', bytes) },
  { name: 'setext-dashes', legitimate: false, make: (bytes) => fill('a\n-\n', bytes) },
  { name: 'lazy-quote-lines', legitimate: false, make: (bytes) => fill('> a\nb\n', bytes) },
  { name: 'quote-depth-changes', legitimate: false, make: (bytes) => fill('> > a\n> b\n', bytes) },
  { name: 'list-items', legitimate: false, make: (bytes) => fill('- a\n', bytes) },
  { name: 'nested-list-items', legitimate: false, make: (bytes) => fill('- - a\n', bytes) },
  {
    name: 'lists-between-paragraphs',
    legitimate: false,
    make: (bytes) => upTo(bytes, (index) => (index % 50 === 49 ? '\npara\n\n' : '- a\n')),
  },
  { name: 'references-unclosed', legitimate: false, make: (bytes) => fill('[a][', bytes) },
  { name: 'link-title-parens', legitimate: false, make: (bytes) => fill('[a](b (', bytes) },
  { name: 'definition-title-unclosed', legitimate: false, make: (bytes) => '[a]: b "\n' + fill('c\n', bytes) },
  { name: 'definitions', legitimate: false, make: (bytes) => upTo(bytes, (index) => `[a${index}]: b "c\n`) },
  { name: 'html-flow-unclosed', legitimate: false, make: (bytes) => fill('<div\n', bytes) },
  { name: 'hard-breaks', legitimate: false, make: (bytes) => fill('a  \n', bytes) },
  { name: 'esm-unclosed', legitimate: false, make: (bytes) => 'export const a = [\n' + fill('1,\n', bytes) },
  { name: 'expression-lines', legitimate: false, make: (bytes) => '{\n' + fill('1,\n', bytes) + '}\n' },
  { name: 'component-attributes', legitimate: false, make: (bytes) => '<Callout ' + fill('a="b" ', bytes) + '/>\n' },
  { name: 'unclosed-attribute-lines', legitimate: false, make: (bytes) => '<a b="' + fill('c\n', bytes) },
];

interface Request {
  /** A family's name, or `search:<pattern>` for a pattern of the random search. */
  family: string;
  kind: Kind;
  bytes: number;
  parser: Parser;
  /** Measure at the largest size up to `bytes` that the validator accepts, rather than at `bytes`. */
  atLimit?: boolean;
}
interface Answer {
  cpuMs: number;
  wallMs: number;
  length: number;
  /** The validator's count (src/validate/body-complexity.ts): rough, exact, and the cause that counts most. */
  rough: number;
  steps: number;
  cause: string;
}

async function measureOne({ family, kind, bytes, parser, atLimit }: Request): Promise<Answer> {
  const pattern = family.startsWith('search:') ? (JSON.parse(family.slice(7)) as string) : undefined;
  const make =
    pattern === undefined ? families.find((item) => item.name === family)!.make : (size: number) => fill(pattern, size);
  const { bodyComplexity, maxParseSteps } = await import('../../src/validate/body-complexity.ts');
  if (atLimit) {
    // The largest text of the family that the validator accepts (bisection: the counts grow with the size).
    let low = 0;
    let high = bytes;
    while (high - low > Math.max(64, low / 50)) {
      const middle = Math.floor((low + high) / 2);
      if (bodyComplexity(make(middle), kind).steps <= maxParseSteps) low = middle;
      else high = middle;
    }
    if (bodyComplexity(make(high), kind).steps <= maxParseSteps) low = high;
    bytes = low;
  }
  const text = make(bytes);
  const rough = bodyComplexity(text, kind, { count: 'rough' }).steps;
  const exact = bodyComplexity(text, kind, { limit: Infinity, count: 'exact' });
  let parse: (text: string) => unknown;
  if (parser === 'satteri') {
    const satteri = await import('satteri');
    parse = kind === 'mdx' ? (value) => satteri.mdxToJs(value) : (value) => satteri.markdownToHtml(value);
  } else if (parser === 'check') {
    const { checkBody } = await import('../../src/validate/body-rules.ts');
    parse = (value) => checkBody('bench.md', value, kind);
  } else {
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    const { gfmFromMarkdown } = await import('mdast-util-gfm');
    const { mdxFromMarkdown } = await import('mdast-util-mdx');
    const { gfm } = await import('micromark-extension-gfm');
    const { mdxjs } = await import('micromark-extension-mdxjs');
    parse =
      kind === 'mdx'
        ? (value) =>
            fromMarkdown(value, {
              extensions: [mdxjs(), gfm()],
              mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
            })
        : (value) => fromMarkdown(value, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  }
  // Warm the parser on a small text first, so that the figure is the text's, not the JIT's.
  try {
    parse('Warm *up* [text](https://example.org/) <b>x</b>\n\n| a |\n| - |\n| b |\n');
  } catch {
    // A parser that throws on the warm-up text is timed on the real text all the same.
  }
  const cpu = process.threadCpuUsage();
  const started = performance.now();
  try {
    parse(text);
  } catch {
    // MDX refuses much of this text; the time to refuse it is what is measured.
  }
  const used = process.threadCpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000,
    wallMs: performance.now() - started,
    length: text.length,
    rough,
    steps: exact.steps,
    cause: exact.worst?.cause ?? '',
  };
}

if (!isMainThread && (workerData as Request | undefined)?.family) {
  parentPort!.postMessage(await measureOne(workerData as Request));
} else if (isMainThread && process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await main();
}

function runInWorker(request: Request, timeoutMs: number): Promise<Answer | 'timeout'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: request });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timeout');
    }, timeoutMs);
    worker.once('message', (answer: Answer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      family: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      sizes: { type: 'string', default: '8,16,32,64,128,256' },
      budget: { type: 'string', default: '4' },
      timeout: { type: 'string', default: '20' },
      parser: { type: 'string', default: 'micromark' },
      legitimate: { type: 'boolean', default: false },
      pathological: { type: 'boolean', default: false },
      json: { type: 'string' },
      steps: { type: 'boolean', default: false },
      'at-limit': { type: 'boolean', default: false },
      search: { type: 'string' },
      'verify-containers': { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size) * 1024);
  const kinds = (values.kind ?? ['md', 'mdx']) as Kind[];
  const parser = values.parser as Parser;
  const chosen = families.filter(
    (family) =>
      (!values.family || values.family.includes(family.name)) &&
      (!values.legitimate || family.legitimate) &&
      (!values.pathological || !family.legitimate),
  );
  const results: {
    family: string;
    kind: Kind;
    bytes: number;
    cpuMs: number | null;
    rough?: number;
    steps?: number;
    cause?: string;
  }[] = [];
  if (values['verify-containers']) {
    await verifyContainers(Number(values['verify-containers']), Number(values.seed));
    return;
  }
  if (values.search) {
    // Patterns of a few of the characters that matter to Markdown, repeated up to the largest size
    // the validator accepts: the slowest are where the count may miss a mechanism.
    const pieces = [
      '*',
      '_',
      '~',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '`',
      '\\',
      '&',
      '#',
      '"',
      "'",
      ' ',
      '\n',
      'a',
      '-',
      '|',
      ':',
      '1.',
      '{',
      '}',
      'www.',
      'http://',
      '@',
      '=',
      '\n\n',
      '    ',
      '> ',
      '- ',
      '<!--',
      '-->',
      '&#',
      '^',
      '\t',
      'a ',
      'b',
    ];
    let seed = Number(values.seed);
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    const largest = sizes[sizes.length - 1]!;
    const found: { pattern: string; kind: Kind; kb: number; ms: number }[] = [];
    for (let round = 0; round < Number(values.search); round++) {
      const pattern = Array.from(
        { length: 1 + Math.floor(random() * 4) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const kind = kinds[Math.floor(random() * kinds.length)]!;
      const answer = await runInWorker(
        { family: `search:${JSON.stringify(pattern)}`, kind, bytes: largest, parser, atLimit: true },
        Number(values.timeout) * 1000,
      );
      const ms = answer === 'timeout' ? Infinity : answer.cpuMs;
      found.push({ pattern, kind, kb: answer === 'timeout' ? NaN : answer.length / 1024, ms });
      if (ms > 500)
        console.log(
          `slow: ${JSON.stringify(pattern)} ${kind} ${answer === 'timeout' ? 'timeout' : `${(answer.length / 1024).toFixed(1)} KB ${Math.round(ms)} ms ${(answer.steps / 1e6).toFixed(1)} Msteps`}`,
        );
    }
    found.sort((a, b) => b.ms - a.ms);
    console.log(`searched ${found.length} patterns; the slowest accepted:`);
    for (const item of found.slice(0, 10))
      console.log(
        `  ${JSON.stringify(item.pattern).padEnd(24)} ${item.kind} ${item.kb.toFixed(1)} KB ${Math.round(item.ms)} ms`,
      );
    return;
  }
  if (values['at-limit']) {
    const largest = sizes[sizes.length - 1]!;
    console.log(
      `parser: ${parser}; the largest text of each family (up to ${largest / 1024} KB) that the validator accepts, and its CPU ms`,
    );
    console.log(
      ['family'.padEnd(28), 'kind', 'KB'.padStart(8), 'Msteps'.padStart(8), 'ms'.padStart(8), 'cause'].join(' '),
    );
    for (const family of chosen) {
      for (const kind of kinds) {
        const answer = await runInWorker(
          { family: family.name, kind, bytes: largest, parser, atLimit: true },
          Number(values.timeout) * 1000,
        );
        if (answer === 'timeout')
          console.log(
            [`${family.legitimate ? '+' : '-'} ${family.name}`.padEnd(28), kind.padEnd(4), `>${values.timeout}s`].join(
              ' ',
            ),
          );
        else
          console.log(
            [
              `${family.legitimate ? '+' : '-'} ${family.name}`.padEnd(28),
              kind.padEnd(4),
              (answer.length / 1024).toFixed(1).padStart(8),
              (answer.steps / 1e6).toFixed(1).padStart(8),
              String(Math.round(answer.cpuMs)).padStart(8),
              answer.cause,
            ].join(' '),
          );
      }
    }
    return;
  }
  console.log(
    `parser: ${parser}; CPU ms of the parsing thread per size (KB); "exp" is the growth exponent over the last two sizes`,
  );
  console.log(
    ['family'.padEnd(28), 'kind', ...sizes.map((size) => String(size / 1024).padStart(8)), '   exp'].join(' '),
  );
  for (const family of chosen) {
    for (const kind of kinds) {
      const cells: string[] = [];
      const figures: { bytes: number; ms: number }[] = [];
      let stopped = false;
      for (const bytes of sizes) {
        if (stopped) {
          cells.push(''.padStart(8));
          continue;
        }
        const answer = await runInWorker({ family: family.name, kind, bytes, parser }, Number(values.timeout) * 1000);
        if (answer === 'timeout') {
          cells.push(`>${values.timeout}s`.padStart(8));
          results.push({ family: family.name, kind, bytes, cpuMs: null });
          stopped = true;
          continue;
        }
        figures.push({ bytes: answer.length, ms: answer.cpuMs });
        results.push({
          family: family.name,
          kind,
          bytes: answer.length,
          cpuMs: Math.round(answer.cpuMs),
          rough: answer.rough,
          steps: answer.steps,
          cause: answer.cause,
        });
        cells.push(
          values.steps
            ? `${Math.round(answer.cpuMs)}/${(answer.steps / 1e6).toFixed(1)}`.padStart(12)
            : String(Math.round(answer.cpuMs)).padStart(8),
        );
        if (answer.cpuMs > Number(values.budget) * 1000) stopped = true;
      }
      const [a, b] = figures.slice(-2);
      const exponent = a && b && a.ms > 5 ? (Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes)).toFixed(1) : '';
      console.log(
        [
          `${family.legitimate ? '+' : '-'} ${family.name}`.padEnd(28),
          kind.padEnd(4),
          ...cells,
          exponent.padStart(6),
        ].join(' '),
      );
    }
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
}

/**
 * Checks the count of container ends against what micromark really copies: every copy of the
 * document's events goes through `EditMap.prototype.consume`, which is counted here over random
 * documents of lists, block quotes, headings and tables. The count must never be far under.
 */
async function verifyContainers(rounds: number, seed: number) {
  const { EditMap } = await import('micromark-util-edit-map');
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  const { gfmFromMarkdown } = await import('mdast-util-gfm');
  const { gfm } = await import('micromark-extension-gfm');
  const { bodyComplexity } = await import('../../src/validate/body-complexity.ts');
  let copied = 0;
  const consume = EditMap.prototype.consume;
  EditMap.prototype.consume = function (this: { map: unknown[] }, events) {
    if (this.map.length > 0) copied += events.length;
    return consume.call(this as never, events);
  };
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const prefixes = [
    '',
    '',
    '> ',
    '> > ',
    '- ',
    '  - ',
    '    - ',
    '- - ',
    '1. ',
    '   ',
    '  ',
    '>',
    '* ',
    '-   ',
    '      ',
    '> - ',
    '>   ',
    '2) ',
  ];
  const contents = [
    'a',
    'a b',
    '# h',
    '---',
    '===',
    '',
    '| a | b |',
    '| - | - |',
    '    code',
    '```',
    '<div>',
    'text *x*',
  ];
  let worst = { ratio: 0, text: '' };
  for (let round = 0; round < rounds; round++) {
    const template = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(prefixes) + pick(contents));
    const lines = Array.from({ length: 200 + Math.floor(random() * 3000) }, (_, index) =>
      random() < 0.8 ? template[index % template.length]! : pick(prefixes) + pick(contents),
    );
    const text = lines.join('\n') + '\n';
    copied = 0;
    fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    // The count is weighted by 2 (see body-complexity.ts): compare events with events.
    const counted = (bodyComplexity(text, 'md', { limit: Infinity, count: 'rough' }).byCause.containers ?? 0) / 2;
    const ratio = copied / Math.max(counted, 1000);
    if (ratio > worst.ratio) worst = { ratio, text };
  }
  console.log(
    `${rounds} random documents: events copied / events counted at most ${worst.ratio.toFixed(2)} (1 or less: the count is never under)`,
  );
  if (worst.ratio > 1) console.log(JSON.stringify(worst.text.slice(0, 400)));
}
