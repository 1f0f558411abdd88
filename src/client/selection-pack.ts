/**
 * `/selection/pack/`: the briefing pack of the selection (the link's `?cases=`, else this
 * browser's). A cover with the title the reader gives it and the day's date, the contents, then
 * each case study: summary, key facts, figures, what it took, its text (from its own page, which
 * the build has sanitised) and its sources. The running header is the pack's title, set as the
 * reader types it; "Download" saves the pack as one HTML file with its stylesheet inside and no
 * other request, which opens offline.
 */
import { plural } from '../i18n/plural.ts';
import type { CompareRowKey, SelectionRecord } from '../lib/selection.ts';
import packCss from '../styles/pack.css?raw';
import { fill, h } from './dom.ts';
import { loadSelection, pageConfig } from './selection-load.ts';

const config = pageConfig() as ReturnType<typeof pageConfig> & { siteName: string };
const w = config.words;
const notices = document.querySelector<HTMLElement>('[data-selection-notices]');
const controls = document.querySelector<HTMLElement>('[data-pack-controls]');
const results = document.querySelector<HTMLElement>('[data-selection-results]');
const locale = config.lang === 'cy' ? 'cy-GB' : 'en-GB';
const today = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
const langOf = (record: SelectionRecord) => (record.lang === config.lang ? undefined : record.lang);
const factRows: readonly CompareRowKey[] = [
  'place',
  'region',
  'organisation',
  'partners',
  'organisationType',
  'population',
  'years',
  'status',
  'evidence',
  'themes',
  'topics',
];
const tookRows: readonly CompareRowKey[] = ['cost', 'funders', 'staff'];
const label = (key: CompareRowKey) => config.rows.find((row) => row.key === key)?.label ?? key;
const content = (key: CompareRowKey) => config.rows.find((row) => row.key === key)?.content ?? false;

/** The running header: the pack's title in the top margin of every page but the cover. */
const runningHeader = (title: string) =>
  `@page { @top-center { content: ${JSON.stringify(title.replace(/[\r\n]+/g, ' '))}; font: 9pt system-ui, sans-serif; } }\n@page :first { @top-center { content: none; } }`;
const headerSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, headerSheet];

function facts(record: SelectionRecord, keys: readonly CompareRowKey[]) {
  const rows = keys.filter((key) => record.facts[key].length > 0);
  if (rows.length === 0) return undefined;
  return h(
    'dl',
    { class: 'pack__facts' },
    rows.map((key) => {
      const values = record.facts[key];
      const lang = content(key) ? langOf(record) : undefined;
      return [
        h('dt', {}, label(key)),
        h(
          'dd',
          { lang },
          values.length === 1
            ? values[0]
            : h(
                'ul',
                {},
                values.map((value) => h('li', {}, value)),
              ),
        ),
      ];
    }),
  );
}

/** The text of a case study from its built page, its headings one level down, without pictures or ids. */
async function caseText(record: SelectionRecord): Promise<HTMLElement | undefined> {
  try {
    const response = await fetch(record.href);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const prose = page.querySelector('.case-study .prose');
    if (!prose) return undefined;
    prose
      .querySelectorAll('img, picture, video, audio, iframe, script, style, source')
      .forEach((node) => node.remove());
    for (const heading of [...prose.querySelectorAll('h2, h3, h4, h5')].reverse()) {
      const level = Math.min(6, Number(heading.tagName[1]) + 1);
      const moved = document.createElement(`h${level}`);
      moved.append(...heading.childNodes);
      heading.replaceWith(moved);
    }
    prose.querySelectorAll('[id]').forEach((node) => node.removeAttribute('id'));
    for (const link of prose.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) link.removeAttribute('href');
      else link.setAttribute('href', new URL(href, new URL(record.href, window.location.href)).href);
    }
    const text = h('div', { class: 'pack__text', lang: langOf(record) });
    text.append(...[...prose.childNodes].map((node) => document.importNode(node, true)));
    return text;
  } catch {
    return undefined;
  }
}

function caseSection(record: SelectionRecord, index: number, text: HTMLElement | undefined) {
  const url = new URL(record.href, window.location.href).href;
  const figures = record.facts.outcomes;
  const took = facts(record, tookRows);
  return h(
    'section',
    {
      class: 'pack__case',
      id: `pack-${record.slug}`,
      'aria-labelledby': `pack-${record.slug}-title`,
      'data-pack-case': record.slug,
    },
    h('h2', { id: `pack-${record.slug}-title`, lang: langOf(record) }, `${index + 1}. ${record.title}`),
    h('p', { class: 'pack__summary', lang: langOf(record) }, record.summary),
    h('p', {}, fill(w.readOnline, { url: '' }), h('a', { href: url, class: 'pack__url' }, url)),
    h('h3', {}, w.keyFacts),
    facts(record, factRows),
    figures.length > 0 && [
      h('h3', {}, label('outcomes')),
      h(
        'ul',
        { class: 'pack__list', lang: langOf(record) },
        figures.map((line) => h('li', {}, line)),
      ),
    ],
    took && [h('h3', {}, config.whatItTook), took],
    h('h3', {}, w.fullText),
    text ?? h('p', {}, w.textUnavailable),
    h('h3', {}, label('sources')),
    h(
      'ol',
      { class: 'pack__list', lang: langOf(record) },
      record.sources.map((source) =>
        h(
          'li',
          {},
          source.url ? h('a', { href: source.url }, source.title) : source.title,
          source.detail && `, ${source.detail}`,
        ),
      ),
    ),
  );
}

function downloadName(title: string) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'briefing-pack'}.html`;
}

/** The pack as one HTML document: its stylesheet inside, nothing fetched. */
function standalone(pack: HTMLElement, title: string): string {
  const copy = pack.cloneNode(true) as HTMLElement;
  const coverTitle = copy.querySelector('.pack__title');
  if (coverTitle) {
    const heading = document.createElement('h1');
    heading.className = 'pack__title';
    heading.append(...coverTitle.childNodes);
    coverTitle.replaceWith(heading);
  }
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="${config.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title>
<style>
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; margin: 1.5rem auto; padding: 0 1rem; max-width: 48rem; color: #1b1e20; background: #ffffff; }
a { color: #15548f; }
${packCss}
${runningHeader(title)}
</style>
</head>
<body>
${copy.outerHTML}
</body>
</html>
`;
}

async function draw() {
  if (!notices || !controls || !results) return;
  const loaded = await loadSelection(config);
  const told = [
    ...(loaded.unknown.length > 0 ? [fill(w.unknown, { slugs: loaded.unknown.join(', ') })] : []),
    ...(loaded.invalid.length > 0 ? [fill(w.invalid, { items: loaded.invalid.join(', ') })] : []),
    ...(loaded.overLimit.length > 0
      ? [fill(w.overLimit, { limit: config.limit, slugs: loaded.overLimit.join(', ') })]
      : []),
    ...loaded.failed.map((slug) => fill(w.loadFailed, { slug })),
  ];
  notices.replaceChildren(...told.map((text) => h('p', { class: 'notice' }, text)));
  const back = h('a', { href: `${config.selectionPath}${window.location.search}` }, w.backToSelection);
  const { records } = loaded;
  if (records.length === 0) {
    controls.replaceChildren(h('p', { 'data-selection-empty': true }, w.empty), h('p', {}, back));
    return;
  }
  const texts = await Promise.all(records.map(caseText));
  const title = h('h2', { class: 'pack__title' }, w.packTitleDefault);
  const pack = h(
    'article',
    { class: 'pack', 'data-pack': true },
    h(
      'section',
      { class: 'pack__cover' },
      title,
      h('p', { class: 'pack__meta' }, fill(w.preparedOn, { date: today })),
      h('p', { class: 'pack__meta' }, plural(records.length, config.lang, w.packCount)),
      h(
        'p',
        { class: 'pack__meta' },
        fill(w.from, { site: config.siteName, url: '' }),
        h('span', { class: 'pack__url' }, new URL(config.selectionPath, window.location.href).href),
      ),
    ),
    h(
      'nav',
      { class: 'pack__contents', 'aria-labelledby': 'pack-contents' },
      h('h2', { id: 'pack-contents' }, w.contents),
      h(
        'ol',
        {},
        records.map((record) =>
          h('li', { lang: langOf(record) }, h('a', { href: `#pack-${record.slug}` }, record.title)),
        ),
      ),
    ),
    records.map((record, index) => caseSection(record, index, texts[index])),
  );

  const input = h('input', {
    id: 'pack-title',
    type: 'text',
    class: 'pack-controls__title',
    value: w.packTitleDefault,
  });
  const setTitle = () => {
    const text = input.value.trim() || w.packTitleDefault;
    title.textContent = text;
    headerSheet.replaceSync(runningHeader(text));
  };
  input.addEventListener('input', setTitle);
  const print = h('button', { type: 'button', 'data-pack-print': true }, w.print);
  print.addEventListener('click', () => window.print());
  const download = h('button', { type: 'button', 'data-pack-download': true }, w.download);
  download.addEventListener('click', () => {
    const text = input.value.trim() || w.packTitleDefault;
    const link = h('a', {
      href: URL.createObjectURL(new Blob([standalone(pack, text)], { type: 'text/html' })),
      download: downloadName(text),
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
  controls.replaceChildren(
    h(
      'div',
      { class: 'pack-controls__form' },
      h('p', {}, h('label', { for: 'pack-title' }, w.packTitleLabel), input),
      h('p', {}, print),
      h('p', {}, download),
    ),
    h('p', {}, back),
  );
  results.replaceChildren(pack);
  setTitle();
}

void draw().then(() => {
  document.documentElement.dataset.selectionPackReady = 'true';
});
