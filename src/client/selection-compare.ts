/**
 * `/selection/` (and `/cy/selection/`): the chosen case studies compared fact by fact, as a table
 * with row and column headers on a wide screen and in print, as one card per case study on a
 * phone (both drawn; the stylesheet shows one), the rows where they differ marked in words. A
 * shared link (`?cases=`) shows its selection and offers to keep it; what cannot be shown is told.
 */
import { plural } from '../i18n/plural.ts';
import {
  compareMinimum,
  compareRows,
  moveInSelection,
  removeFromSelection,
  selectionShareHref,
  type CompareRow,
  type SelectionRecord,
} from '../lib/selection.ts';
import { fill, h } from './dom.ts';
import { loadSelection, pageConfig, type LoadedSelection } from './selection-load.ts';
import { onSelectionChange, readSelection, writeSelection } from './selection-store.ts';

const config = pageConfig();
const w = config.words;
const root = document.querySelector<HTMLElement>('[data-selection-page]');
const notices = document.querySelector<HTMLElement>('[data-selection-notices]');
const results = document.querySelector<HTMLElement>('[data-selection-results]');
const status = document.querySelector<HTMLElement>('[data-selection-status]');
const say = (text: string) => {
  if (status) status.textContent = text;
};

/** The case study's language on an element when it is not the page's. */
const langOf = (record: SelectionRecord) => (record.lang === config.lang ? undefined : record.lang);

/** A fact's lines: one as text, more as a list (the sources numbered, as the outcomes cite them). */
function lines(values: string[], lang: string | undefined, numbered = false) {
  if (values.length === 0) return h('span', { class: 'compare__none' }, w.notGiven);
  if (values.length === 1 && !numbered) return h('span', { lang }, values[0]);
  return h(
    numbered ? 'ol' : 'ul',
    { class: 'compare__lines', lang },
    values.map((value) => h('li', {}, value)),
  );
}

function differsMark(row: CompareRow) {
  return row.differs && h('strong', { class: 'compare__differs' }, ` ${w.differs}`);
}

/** The wide view: facts as rows, case studies as columns. */
function table(records: SelectionRecord[], rows: CompareRow[], controls: boolean) {
  return h(
    'div',
    { class: 'compare__scroll', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: '0' },
    h(
      'table',
      { class: 'compare__table', 'data-compare-table': true },
      h('caption', { id: 'compare-caption' }, w.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          records.map((record, index) =>
            h(
              'th',
              { scope: 'col', lang: langOf(record) },
              h('a', { href: record.href }, record.title),
              controls && caseControls(record, index, records.length),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            {
              class: row.differs ? 'compare__row--differs' : undefined,
              'data-row': row.key,
              'data-differs': String(row.differs),
            },
            h('th', { scope: 'row' }, row.label, differsMark(row)),
            row.values.map((values, index) =>
              h('td', {}, lines(values, rowLang(row, records[index]!), row.key === 'sources')),
            ),
          ),
        ),
      ),
    ),
  );
}

const contentKeys = new Set(config.rows.filter((row) => row.content).map((row) => row.key));
const rowLang = (row: CompareRow, record: SelectionRecord) =>
  contentKeys.has(row.key as never) ? langOf(record) : undefined;

/** The phone's view: one card per case study, its facts as a list, the differing ones marked. */
function cards(records: SelectionRecord[], rows: CompareRow[], controls: boolean) {
  return h(
    'ol',
    { class: 'compare__cards', 'data-compare-cards': true },
    records.map((record, index) =>
      h(
        'li',
        { class: 'compare__card' },
        h('h3', { lang: langOf(record) }, h('a', { href: record.href }, record.title)),
        controls && caseControls(record, index, records.length),
        h(
          'dl',
          {},
          rows.map((row) =>
            h(
              'div',
              {
                class: row.differs ? 'compare__row--differs' : undefined,
                'data-row': row.key,
                'data-differs': String(row.differs),
              },
              h('dt', {}, row.label, differsMark(row)),
              h('dd', {}, lines(row.values[index]!, rowLang(row, record), row.key === 'sources')),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Remove, and move earlier or later, for one case study of the reader's own selection. */
function caseControls(record: SelectionRecord, index: number, count: number) {
  const button = (text: string, action: () => void, enabled = true) => {
    const element = h('button', { type: 'button', class: 'compare__control', disabled: !enabled }, text);
    element.addEventListener('click', action);
    return element;
  };
  return h(
    'span',
    { class: 'compare__controls', lang: langOf(record) ? config.lang : undefined },
    button(
      fill(w.moveEarlier, { title: record.title }),
      () => change(moveInSelection(readSelection().slugs, record.slug, -1)),
      index > 0,
    ),
    button(
      fill(w.moveLater, { title: record.title }),
      () => change(moveInSelection(readSelection().slugs, record.slug, 1)),
      index < count - 1,
    ),
    button(fill(w.removeCase, { title: record.title }), () => {
      change(removeFromSelection(readSelection().slugs, record.slug));
      say(fill(w.removed, { title: record.title }));
    }),
  );
}

/** Writes the reader's selection and moves the focus to the comparison's heading, which is redrawn. */
function change(slugs: string[]) {
  const url = new URL(window.location.href);
  url.search = '';
  window.history.replaceState(null, '', url);
  writeSelection(slugs);
  void drawing.then(() => document.getElementById('compare-heading')?.focus());
}

function notice(text: string, ...actions: HTMLElement[]) {
  return h('div', { class: 'notice' }, h('p', {}, text), actions.length > 0 && h('p', {}, actions));
}

function share(slugs: string[]) {
  const href = new URL(selectionShareHref(config.selectionPath, slugs), window.location.origin).href;
  const input = h('input', {
    id: 'selection-share',
    type: 'text',
    readonly: true,
    value: href,
    class: 'compare__share-url',
  });
  const copy = h('button', { type: 'button' }, w.copy);
  copy.addEventListener('click', () => {
    input.select();
    void navigator.clipboard?.writeText(href).then(
      () => say(w.copied),
      () => undefined,
    );
  });
  const pack = h(
    'a',
    { href: selectionShareHref(config.packPath, slugs), class: 'compare__pack', 'data-selection-pack-link': true },
    w.makePack,
  );
  const clear = h('button', { type: 'button', class: 'compare__control' }, w.clear);
  clear.addEventListener('click', () => {
    change([]);
    say(w.cleared);
  });
  return h(
    'div',
    { class: 'compare__actions' },
    h('p', {}, pack),
    h('p', { class: 'compare__share' }, h('label', { for: 'selection-share' }, w.shareLabel), ' ', input, ' ', copy),
    h('p', {}, clear),
  );
}

async function draw(): Promise<void> {
  if (!root || !notices || !results) return;
  const loaded: LoadedSelection = await loadSelection(config);
  const parts: HTMLElement[] = [];
  if (loaded.shared) {
    const keep = h('button', { type: 'button', 'data-selection-keep': true }, w.keep);
    keep.addEventListener('click', () => {
      change(loaded.records.map((record) => record.slug));
      say(w.kept);
    });
    parts.push(notice(plural(loaded.slugs.length, config.lang, w.shared), keep));
  }
  if (loaded.unknown.length > 0) {
    const own = readSelection().slugs;
    const theirs = loaded.unknown.filter((slug) => own.includes(slug));
    const remove = h('button', { type: 'button', class: 'compare__control' }, w.removeUnknown);
    remove.addEventListener('click', () => change(own.filter((slug) => !loaded.unknown.includes(slug))));
    parts.push(
      notice(
        fill(w.unknown, { slugs: loaded.unknown.join(', ') }),
        ...(theirs.length > 0 && !loaded.shared ? [remove] : []),
      ),
    );
  }
  if (loaded.invalid.length > 0) parts.push(notice(fill(w.invalid, { items: loaded.invalid.join(', ') })));
  if (loaded.overLimit.length > 0)
    parts.push(notice(fill(w.overLimit, { limit: config.limit, slugs: loaded.overLimit.join(', ') })));
  for (const slug of loaded.failed) parts.push(notice(fill(w.loadFailed, { slug })));
  notices.replaceChildren(...parts);

  const { records } = loaded;
  if (records.length === 0) {
    results.replaceChildren(h('p', { class: 'compare__empty', 'data-selection-empty': true }, w.empty));
    root.dataset.selectionShown = '0';
    return;
  }
  const rows = compareRows(
    config.rows
      .map((row) => ({ key: row.key, label: row.label, values: records.map((record) => record.facts[row.key]) }))
      .filter((row) => row.values.some((values) => values.length > 0)),
  );
  const controls = !loaded.shared;
  results.replaceChildren(
    h('h2', { id: 'compare-heading', tabindex: '-1' }, plural(records.length, config.lang, w.comparing)),
    ...(records.length < compareMinimum ? [h('p', { class: 'notice' }, w.tooFew)] : []),
    share(records.map((record) => record.slug)),
    table(records, rows, controls),
    cards(records, rows, controls),
  );
  root.dataset.selectionShown = String(records.length);
}

// A shared link's selection stays as it is while the reader's own changes in another tab.
let drawing = draw();
onSelectionChange(() => {
  if (!new URLSearchParams(window.location.search).has('cases')) drawing = draw();
});
void drawing.then(() => {
  document.documentElement.dataset.selectionCompareReady = 'true';
});
