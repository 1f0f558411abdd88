/**
 * The write-up form on `/contribute/`: checks every answer with the one case-study schema as it
 * is typed, previews the file `npm run new` would also write (`caseStudyFile`), keeps a draft in
 * localStorage, and proposes the file on GitHub, downloads it or copies it.
 *
 * The checks (schema, validator messages, YAML writer: most of the script) are a module of their
 * own, `contribute-check.ts`, loaded once the form comes near the screen or is used, so that a
 * phone reading the guidance above the form is not held up by them (issue 15). Until they have
 * arrived, what needs them waits for them.
 */
import type { Language, Taxonomy } from '../schema/taxonomy.ts';
import { slugFromTitle } from '../schema/slug.ts';
import type { ContributeWords, ProblemWords } from '../i18n/index.ts';
import { plural } from '../i18n/plural.ts';
import { today } from '../lib/today.ts';
import type { FormProblem } from './contribute-draft.ts';
import type { FormChecks } from './contribute-check.ts';
import {
  controlId,
  draftStorageKey,
  multipleValueControls,
  parseStoredDraft,
  rowIndices,
  type FormValues,
  type RowGroup,
} from './contribute-state.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (element: Element): element is Control =>
  (element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement) &&
  element.name !== '';

const isChoice = (control: Control): control is HTMLInputElement =>
  control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');

/**
 * Copies `text`. The Clipboard API needs a secure context (https or localhost), which every
 * deployment of the site is; where it fails, the message points to download and the preview.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Starts the form, if the page has it: shows it, restores a saved draft and wires every action. */
export function startContributeForm(): void {
  const found = document.getElementById('contribute-form');
  const dataElement = document.getElementById('contribute-data');
  if (!(found instanceof HTMLFormElement) || !dataElement) return;
  const form: HTMLFormElement = found;
  // The taxonomy and the script's words in the page's language, written into the page from the
  // dictionary (ContributeForm.astro): the script has no dictionary of its own.
  const data = JSON.parse(dataElement.textContent ?? '{}') as {
    lang: Language;
    taxonomy: Taxonomy;
    words: ContributeWords['script'];
    problems: ProblemWords;
    fileNameLabel: string;
  };
  const words = data.words;
  const lang = data.lang;
  const stillToFix = () => (state.problems.length > 0 ? plural(state.problems.length, lang, words.stillToFix) : '');
  // Filled once the library's file names arrive (see loadExistingSlugs below); checked again then.
  const existing = new Set<string>();
  const repositoryUrl = form.dataset.repositoryUrl ?? '';
  const branch = form.dataset.branch ?? 'main';
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const summary = byId<HTMLDivElement>('contribute-problems');
  const summaryTitle = byId<HTMLHeadingElement>('contribute-problems-title');
  const summaryList = byId<HTMLUListElement>('contribute-problems-list');
  const ready = byId<HTMLParagraphElement>('contribute-ready');
  const status = byId<HTMLParagraphElement>('contribute-status');
  const preview = byId<HTMLPreElement>('contribute-preview');
  const previewPath = byId<HTMLElement>('contribute-preview-path');
  const github = byId<HTMLAnchorElement>('contribute-github');
  // A write-up too long for GitHub's new-file link: a note before the button, the steps to paste, the button's other words.
  const tooLong = byId<HTMLElement>('contribute-too-long');
  const steps = byId<HTMLOListElement>('contribute-steps');
  const stepsLong = byId<HTMLOListElement>('contribute-steps-long');
  const restored = byId<HTMLParagraphElement>('contribute-restored');
  const renderedDetails = byId<HTMLDetailsElement>('contribute-rendered-details');
  const rendered = byId<HTMLElement>('contribute-rendered');

  let slugEdited = false;
  /** Controls the contributor has visited: their problems show from then on, not before. */
  const touched = new Set<string>();
  /** True once the contributor has asked for the file: every problem shows. */
  let attempted = false;
  let state = { text: '', slug: '', problems: [] as FormProblem[] };

  /** The check of the answers, once `contribute-check.ts` has arrived and built the schema. */
  let checks: FormChecks | undefined;
  let loading: Promise<void> | undefined;
  /** A task of its own for the next step, so that the page can answer the reader in between. */
  const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));
  /** Loads the checks (once), builds the schema and checks the answers, each step a task of its own. */
  const loadChecks = () =>
    (loading ??= import('./contribute-check.ts')
      .then(async (module) => {
        await nextTask();
        checks = module.formChecks(data, { url: repositoryUrl, branch });
        await nextTask();
        update();
        form.dataset.checked = 'true';
      })
      .catch((error: unknown) => {
        // Offline, or a new deployment removed the file: the next use of the form tries again.
        loading = undefined;
        console.error('The form’s checks could not be loaded', error);
        throw error;
      }));
  /** Runs `action` once the answers have been checked: now, or when the checks arrive. */
  const whenChecked = (action: () => void) => {
    if (checks) action();
    else
      void loadChecks()
        .then(action)
        .catch(() => announce(words.checksFailed));
  };

  const controls = () => Array.from(form.elements).filter(isControl);
  const control = (name: string) => controls().find((element) => element.name === name);
  const wrapper = (name: string) => form.querySelector<HTMLElement>(`[data-control="${name}"]`);
  const announce = (message: string) => {
    // Emptying first makes a repeated message be announced again.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };

  function readValues(): FormValues {
    const values: FormValues = {};
    for (const element of controls()) {
      if (isChoice(element)) {
        if (multipleValueControls.has(element.name)) {
          const list = (values[element.name] ??= []) as string[];
          if (element.checked) list.push(element.value);
        } else if (element.checked) values[element.name] = element.value;
        continue;
      }
      values[element.name] = element.value;
    }
    return values;
  }

  function writeValues(values: FormValues): void {
    for (const element of controls()) {
      if (!(element.name in values)) continue;
      const value = values[element.name]!;
      if (isChoice(element))
        element.checked = Array.isArray(value) ? value.includes(element.value) : value === element.value;
      else element.value = Array.isArray(value) ? (value[0] ?? '') : value;
    }
  }

  // Rows ----------------------------------------------------------------------------------------

  const rowsOf = (group: RowGroup) => form.querySelector<HTMLElement>(`[data-rows="${group}"]`)!;
  const rowHtml = (group: RowGroup, index: number) =>
    rowsOf(group)
      .querySelector('template')!
      .innerHTML.replace(/__i__/g, String(index))
      .replace(/__n__/g, String(index + 1));

  function renderRows(group: RowGroup, count: number): void {
    const list = rowsOf(group).querySelector('[data-rows-list]')!;
    list.innerHTML = Array.from({ length: count }, (_, index) => rowHtml(group, index)).join('');
  }

  function addRow(group: RowGroup): void {
    const count = rowIndices(readValues(), group).length;
    rowsOf(group).querySelector('[data-rows-list]')!.insertAdjacentHTML('beforeend', rowHtml(group, count));
    control(`${group}.${count}.${group === 'outcomes' ? 'metric' : 'title'}`)?.focus();
    announce(`${group === 'outcomes' ? 'Outcome' : 'Source'} ${count + 1} added.`);
    update();
  }

  function removeRow(group: RowGroup, index: number): void {
    const values = readValues();
    const shifted: FormValues = {};
    const pattern = new RegExp(`^${group}\\.(\\d+)\\.(.*)$`);
    for (const [name, value] of Object.entries(values)) {
      const match = pattern.exec(name);
      if (!match) shifted[name] = value;
      else if (Number(match[1]) < index) shifted[name] = value;
      else if (Number(match[1]) > index) shifted[`${group}.${Number(match[1]) - 1}.${match[2]}`] = value;
    }
    for (const name of [...touched]) if (name.startsWith(`${group}.`)) touched.delete(name);
    renderRows(group, rowIndices(values, group).length - 1);
    writeValues(shifted);
    rowsOf(group).querySelector<HTMLButtonElement>('[data-add-row]')!.focus();
    announce(`${group === 'outcomes' ? 'Outcome' : 'Source'} ${index + 1} removed.`);
    update();
    save();
  }

  // Fields that depend on others ----------------------------------------------------------------

  function applyDependencies(): void {
    const values = readValues();
    wrapper('country')!.hidden = values.region !== 'outside-uk';
    // The main theme is already in the list: it cannot also be one of the others.
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="themes.other"]')) {
      box.disabled = box.value === values['themes.main'];
      if (box.disabled) box.checked = false;
    }
  }

  // Checking, preview and links -----------------------------------------------------------------

  const order = () => {
    const names = controls().map((element) => element.name);
    return (name: string) => {
      const index = names.indexOf(name);
      return index === -1 ? names.length : index;
    };
  };

  /** Checks the answers and shows the file, its links and the problems; loads the checks first if need be. */
  function update(): void {
    if (!checks) {
      void loadChecks().catch(() => undefined);
      return;
    }
    const values = readValues();
    const { text, slug, filePath, githubUrl, fits, problems } = checks(
      values,
      new Set(controls().map((element) => element.name)),
      existing,
    );
    const position = order();
    problems.sort((a, b) => position(a.control) - position(b.control));

    github.href = githubUrl;
    tooLong.hidden = fits;
    steps.hidden = !fits;
    stepsLong.hidden = fits;
    const label = fits ? github.dataset.labelFits : github.dataset.labelLong;
    if (label && github.textContent !== label) github.textContent = label;
    preview.textContent = text;
    previewPath.textContent = filePath;
    state = { text, slug, problems };
    showProblems();
    drawText();
  }

  // The Markdown renderer is loaded only once someone opens "How the text will look".
  let renderer: Promise<typeof import('./contribute-preview.ts')> | undefined;
  function drawText(): void {
    if (!renderedDetails.open) return;
    renderer ??= import('./contribute-preview.ts');
    const body = String(readValues().body ?? '');
    // Headings start at h4, under the form's "The text" (h3).
    void renderer.then((module) => module.renderPreview(body, rendered, 2, words.picture));
  }
  renderedDetails.addEventListener('toggle', drawText);

  function showProblems(): void {
    const byControl = new Map<string, string[]>();
    for (const problem of state.problems) {
      const list = byControl.get(problem.control) ?? [];
      if (!list.includes(problem.message)) list.push(problem.message);
      byControl.set(problem.control, list);
    }
    for (const field of form.querySelectorAll<HTMLElement>('[data-control]')) {
      const name = field.dataset.control!;
      const messages = byControl.get(name);
      const visible = messages !== undefined && (attempted || touched.has(name));
      const errorId = `${controlId(name)}-error`;
      const error = document.getElementById(errorId);
      if (!error) continue;
      error.hidden = !visible;
      error.innerHTML = '';
      if (visible) {
        const prefix = document.createElement('span');
        prefix.className = 'visually-hidden';
        prefix.textContent = words.errorPrefix;
        error.append(prefix, messages.join(' '));
      }
      field.classList.toggle('cf-field--error', visible);
      // A group of boxes is described as a whole; a single control carries the error itself.
      const described =
        field instanceof HTMLFieldSetElement ? field : field.querySelector<Control>('input, select, textarea');
      if (!described) continue;
      const ids = new Set((described.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
      if (visible) ids.add(errorId);
      else ids.delete(errorId);
      if (ids.size > 0) described.setAttribute('aria-describedby', [...ids].join(' '));
      else described.removeAttribute('aria-describedby');
      if (!(field instanceof HTMLFieldSetElement)) {
        if (visible) described.setAttribute('aria-invalid', 'true');
        else described.removeAttribute('aria-invalid');
      }
    }

    const count = state.problems.length;
    summary.hidden = !attempted || count === 0;
    // Until the checks have run, nothing is known to be ready.
    ready.hidden = count > 0 || !checks;
    summaryList.innerHTML = '';
    if (summary.hidden) return;
    // Only when shown: the page's first number format costs ~90 ms on a slow phone.
    summaryTitle.textContent = plural(count, lang, words.problems);
    for (const problem of state.problems) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${controlId(problem.control)}`;
      link.dataset.control = problem.control;
      // Named by the label the contributor sees beside the control, and its row.
      link.textContent = `${[problem.where, problem.label].filter(Boolean).join(', ')}: ${problem.message}`;
      item.append(link);
      summaryList.append(item);
    }
  }

  /** Shows every problem; moves focus to their list when there are any, so that it is read out. */
  function attempt(): boolean {
    attempted = true;
    update();
    if (state.problems.length === 0) return true;
    summary.focus();
    return false;
  }

  // Saving --------------------------------------------------------------------------------------

  /** True while something typed has not been saved yet. */
  let unsaved = false;

  function save(): void {
    unsaved = false;
    try {
      localStorage.setItem(draftStorageKey, JSON.stringify({ version: 1, values: readValues(), slugEdited }));
    } catch {
      // Storage can be full or switched off; the form works without it.
    }
  }

  // The last keystrokes before a tab is closed are still waiting for the timer below.
  window.addEventListener('pagehide', () => {
    if (unsaved) save();
  });

  let timer: number | undefined;
  const scheduleUpdate = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      update();
      save();
    }, 200);
  };

  // Events --------------------------------------------------------------------------------------

  form.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !isControl(target)) return;
    if (target.name === 'title' && !slugEdited) control('slug')!.value = slugFromTitle(target.value);
    if (target.name === 'slug') slugEdited = target.value.trim() !== '';
    unsaved = true;
    scheduleUpdate();
  });

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !isControl(target)) return;
    if (target.name === 'lang') {
      const chosen = target.value === 'cy' ? 'cy' : 'en';
      // The prompts come with the checks (case-study-file.ts).
      void loadChecks()
        .then(() => import('./contribute-check.ts'))
        .then(({ recommendedBody }) => {
          const body = control('body')!;
          // Swap the prompts only while they are untouched: never replace someone's writing.
          if (body.value.trim() !== recommendedBody(chosen === 'cy' ? 'en' : 'cy').trim()) return;
          body.value = recommendedBody(chosen);
          update();
          save();
        })
        .catch(() => undefined);
    }
    if (isChoice(target) || target instanceof HTMLSelectElement) touched.add(target.name);
    applyDependencies();
    update();
    save();
  });

  // A field's message appears when it is left. Leaving it by pressing on another control would
  // move that control (the message takes a line) between press and release, and the click would
  // be lost: while a pointer is down, the message waits for the release.
  let pointerDown = false;
  let showWhenReleased = false;
  const release = () => {
    pointerDown = false;
    if (!showWhenReleased) return;
    showWhenReleased = false;
    window.setTimeout(showProblems, 0);
  };
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);

  form.addEventListener('focusout', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !isControl(target)) return;
    if (!touched.has(target.name)) {
      touched.add(target.name);
      if (pointerDown) showWhenReleased = true;
      else showProblems();
    }
  });

  form.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const add = target?.closest<HTMLElement>('[data-add-row]');
    const remove = target?.closest<HTMLElement>('[data-remove-row]');
    const group = (add ?? remove)?.closest<HTMLElement>('[data-rows]')?.dataset.rows as RowGroup | undefined;
    if (add && group) addRow(group);
    if (remove && group) {
      const first = remove.closest('fieldset')?.querySelector<Control>('input, select, textarea');
      const index = Number(/\.(\d+)\./.exec(first?.name ?? '')?.[1] ?? -1);
      if (index >= 0) removeRow(group, index);
    }
    const link = target?.closest<HTMLAnchorElement>('#contribute-problems-list a');
    if (link) {
      event.preventDefault();
      const field = wrapper(link.dataset.control ?? '');
      const focusable = field?.querySelector<Control>('input:not([disabled]), select, textarea');
      field?.scrollIntoView({ block: 'center' });
      focusable?.focus({ preventScroll: true });
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whenChecked(() => {
      if (attempt()) announce(words.ready);
    });
  });

  github.addEventListener('click', (event) => {
    save();
    if (!checks) {
      // Pressed before the checks arrived: GitHub opens in a new tab once they have passed.
      event.preventDefault();
      whenChecked(() => {
        if (!attempt()) {
          announce(words.fixFirst);
          return;
        }
        if (!tooLong.hidden)
          void copyText(state.text).then((copied) =>
            announce(copied ? words.copiedForGithub : words.copyFailedDownload),
          );
        window.open(github.href, '_blank', 'noopener');
      });
      return;
    }
    if (!attempt()) {
      event.preventDefault();
      announce(words.fixFirst);
      return;
    }
    if (!tooLong.hidden) {
      void copyText(state.text).then((copied) => announce(copied ? words.copiedForGithub : words.copyFailedDownload));
    }
  });

  byId<HTMLButtonElement>('contribute-download').addEventListener('click', () => whenChecked(download));
  function download(): void {
    attempted = true;
    update();
    const name = `${state.slug || 'case-study'}.md`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([state.text], { type: 'text/markdown;charset=utf-8' }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    announce(words.downloaded.replace('{name}', name) + stillToFix());
  }

  byId<HTMLButtonElement>('contribute-copy').addEventListener('click', () =>
    whenChecked(() => {
      attempted = true;
      update();
      void copyText(state.text).then((copied) => announce(copied ? words.copied + stillToFix() : words.copyFailed));
    }),
  );

  byId<HTMLButtonElement>('contribute-clear').addEventListener('click', () => {
    if (!window.confirm(words.clearConfirm)) return;
    // Nothing typed before clearing may be saved after it.
    window.clearTimeout(timer);
    unsaved = false;
    try {
      localStorage.removeItem(draftStorageKey);
    } catch {
      // Nothing was saved.
    }
    form.reset();
    renderRows('outcomes', 0);
    renderRows('sources', 1);
    control('published')!.value = today();
    touched.clear();
    attempted = false;
    slugEdited = false;
    restored.hidden = true;
    applyDependencies();
    update();
    control('title')!.focus();
    announce(words.cleared);
  });

  // Start ---------------------------------------------------------------------------------------

  let draft;
  try {
    draft = parseStoredDraft(localStorage.getItem(draftStorageKey));
  } catch {
    draft = undefined;
  }
  if (draft) {
    renderRows('outcomes', rowIndices(draft.values, 'outcomes').length);
    renderRows('sources', rowIndices(draft.values, 'sources').length);
    writeValues(draft.values);
    slugEdited = draft.slugEdited;
    restored.hidden = false;
  } else {
    renderRows('outcomes', 0);
    renderRows('sources', 1);
    control('published')!.value = today();
  }
  // Shown one task after the page's DOMContentLoaded, not before it: when the form was visible at
  // that moment, Chromium's form handling (autofill's reading of the page's forms, most likely)
  // forced style and layout of its 580 elements, section after section, in one 510 ms task at 4x
  // CPU throttling; shown after it, none (issue 15, traced with Chromium's timeline).
  window.setTimeout(() => {
    byId<HTMLElement>('contribute-needs-js').hidden = true;
    form.hidden = false;
  }, 0);
  applyDependencies();
  // The checks, once the form is within a screen of being seen, or is used (a keyboard or a
  // pointer reaching it), whichever comes first. A browser without IntersectionObserver loads them now.
  const load = () => void loadChecks().catch(() => undefined);
  if ('IntersectionObserver' in window) {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        load();
      },
      { rootMargin: '100% 0px' },
    );
    near.observe(form);
  } else load();
  for (const type of ['focusin', 'pointerdown', 'input'])
    form.addEventListener(type, load, { once: true, passive: true });
  void loadExistingSlugs();

  async function loadExistingSlugs(): Promise<void> {
    const url = form.dataset.slugsUrl;
    if (!url) return;
    try {
      const response = await fetch(url);
      if (!response.ok) return;
      for (const slug of (await response.json()) as string[]) existing.add(slug);
      // Checked again with them, if the answers have been checked already; else they are there for the first check.
      if (checks) update();
    } catch {
      // Offline or blocked: the validator checks file names and related links in the pull request.
    }
  }
}
