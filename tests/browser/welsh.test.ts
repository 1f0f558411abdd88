/**
 * The Welsh interface (issue 14): every built `/cy/` page has no English interface words outside
 * what is marked `lang="en"`; every page has a language switch to a page that exists, and the
 * `hreflang` alternates of twins point both ways; the Welsh pages have no WCAG A or AA violations
 * in light and dark mode; the switch is reached by keyboard. Reads the site `npm run build` wrote
 * (`dist/`, or `SITE_DIR`), and serves it for the browser's part.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { organisationSlug } from '../../src/lib/organisations.ts';
import { siteConfig } from '../../src/site.config.ts';
import { violations } from './axe.ts';
import { englishCatalogue, englishInWelshPage, textInLanguage } from './interface-language.ts';
import { base, caseStudyPath, openSite, published, publishedGuides, taxonomy, type Site } from './site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = path.resolve(root, process.env.SITE_DIR ?? 'dist');

/** Every HTML page of the built site, relative to it, `/` separated. */
function builtPages(): string[] {
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${outDir} holds no built site: run npm run build first`);
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The built file of a site path (`/cy/themes/` → `cy/themes/index.html`), if it was built. */
function fileOf(sitePath: string): string | undefined {
  const inSite = decodeURIComponent(sitePath.split('#')[0]!.split('?')[0]!).slice(base.length);
  const candidates = [path.join(inSite, 'index.html'), inSite];
  return candidates.find((candidate) => existsSync(path.join(outDir, candidate)) && candidate.endsWith('.html'));
}

const translated = new Set(
  published.flatMap((entry) => (entry.data.translationOf ? [entry.data.translationOf, entry.slug] : [])),
);
/** An English guide without a Welsh version. */
const englishGuide = publishedGuides.find(
  (guide) => guide.data.lang === 'en' && !publishedGuides.some((other) => other.data.translationOf === guide.slug),
)!;
/** An English case study without a Welsh version. */
const untranslated = published.find((entry) => entry.data.lang === 'en' && !translated.has(entry.slug))!;

const switchOf = (html: string) => /<p class="language-switch">\s*<a href="([^"]+)" hreflang="(\w+)"/.exec(html);
const alternatesOf = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]+)"/g)].map(([, lang, href]) => ({
    lang: lang!,
    path: new URL(href!).pathname,
    hash: new URL(href!).hash,
  }));

describe('the interface-language check', () => {
  const catalogue = ['Case studies', 'Search', 'Next'];

  test('finds an English word in Welsh text, in text and in attributes a reader hears', () => {
    const html = (body: string) =>
      `<!doctype html><html lang="cy"><head><title>x</title></head><body>${body}</body></html>`;

    expect(englishInWelshPage(html('<nav><a href="/">Case studies</a></nav>'), catalogue)).toEqual(['Case studies']);
    expect(englishInWelshPage(html('<input aria-label="Search">'), catalogue)).toEqual(['Search']);
    expect(englishInWelshPage(html('<p>Tudalen\n  Next</p>'), catalogue)).toEqual(['Next']);
  });

  test('passes English marked as English, Welsh, and English words inside longer words', () => {
    const page = `<!doctype html><html lang="cy"><body>
      <article lang="en"><h2>Case studies of procurement</h2><p aria-label="Search">Next steps</p></article>
      <p>Astudiaethau achos</p><p>Nextbike</p><script>const label = "Search";</script></body></html>`;

    expect(englishInWelshPage(page, catalogue)).toEqual([]);
    expect(textInLanguage(page, 'en').join(' ')).toContain('Case studies of procurement');
  });

  test('leaves out proper names written in English', () => {
    const page =
      '<!doctype html><html lang="cy"><head><title>Themâu · Search Library</title></head><body></body></html>';

    expect(englishInWelshPage(page, catalogue)).toEqual(['Search']);
    expect(englishInWelshPage(page, catalogue, ['Search Library'])).toEqual([]);
  });

  test('the catalogue is the English dictionary’s words', () => {
    const words = englishCatalogue();

    expect(words).toContain('Case studies');
    expect(words.length).toBeGreaterThan(100);
    expect(words.every((word) => word.length >= 3)).toBe(true);
  });
});

describe('the built Welsh pages', () => {
  const pages = builtPages();
  const welsh = pages.filter((page) => page.startsWith('cy/'));

  test('every page of the English interface has its Welsh counterpart, and the Welsh a page for each kind', () => {
    // The twins of the English pages but the case studies (one address each, in their own
    // language) and the later pages of lists (the Welsh lists have longer pages).
    const expected = pages
      .filter((page) => !page.startsWith('cy/') && !/^case-studies\/(?!page\/|by\/|index)/.test(page))
      .filter((page) => !/\/page\/\d+\//.test(page) && page !== '404.html')
      // An organisation's Welsh counterpart is its entry on the Welsh A to Z (checked below).
      .filter((page) => !/^organisations\/[^/]+\/index\.html$/.test(page))
      .map((page) => `cy/${page}`);
    const missing = expected.filter((page) => !welsh.includes(page));

    expect(welsh.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    expect(welsh).toContain('cy/404/index.html');
  });

  test('no Welsh page shows an English interface word outside text marked lang="en"', () => {
    const catalogue = englishCatalogue();
    // Proper names the pages show as they are written: the site's and the organisations'.
    const names = [
      siteConfig.title,
      ...new Set(published.flatMap((entry) => [entry.data.organisation, ...(entry.data.partners ?? [])])),
    ].sort((a, b) => b.length - a.length);
    const leaks = welsh.flatMap((page) => {
      const found = englishInWelshPage(readFileSync(path.join(outDir, page), 'utf8'), catalogue, names);
      return found.length > 0 ? [`${page}: ${found.map((word) => JSON.stringify(word)).join(', ')}`] : [];
    });

    expect(leaks).toEqual([]);
  });

  test('every page is in its language, with a switch to a built page in the other', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      const lang = /<html lang="(\w+)"/.exec(html)?.[1];
      const expected = page.startsWith('cy/') ? 'cy' : undefined;
      if (expected && lang !== expected) problems.push(`${page}: <html lang="${lang}">`);
      const target = switchOf(html);
      if (!target) problems.push(`${page}: no language switch`);
      else if (target[2] === lang) problems.push(`${page}: the switch goes to the same language`);
      else if (!fileOf(target[1]!)) problems.push(`${page}: the switch goes to ${target[1]}, which was not built`);
    }

    expect(problems).toEqual([]);
  });

  test('twins list each other as hreflang alternates, both ways, with og:locale alternates', () => {
    const problems: string[] = [];
    let twins = 0;
    for (const page of pages) {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      const lang = /<html lang="(\w+)"/.exec(html)![1]!;
      for (const alternate of alternatesOf(html).filter((link) => link.lang !== lang)) {
        twins++;
        const file = fileOf(alternate.path);
        if (!file) {
          problems.push(`${page}: alternate ${alternate.path} was not built`);
          continue;
        }
        if (alternate.hash) {
          // An English organisation's twin is its entry on the Welsh A to Z, which names the English A to Z.
          if (!readFileSync(path.join(outDir, file), 'utf8').includes(` id="${alternate.hash.slice(1)}"`))
            problems.push(`${page}: alternate ${alternate.path}${alternate.hash} has no such entry`);
          continue;
        }
        const back = alternatesOf(readFileSync(path.join(outDir, file), 'utf8'));
        const self = back.find((link) => link.lang === lang);
        if (!self || fileOf(self.path) !== page) problems.push(`${page}: ${file} does not name it back`);
        if (!html.includes(`<meta property="og:locale:alternate" content="${alternate.lang}_GB">`))
          problems.push(`${page}: no og:locale:alternate`);
      }
    }

    expect(twins).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  test('an English case study without a Welsh version says so in Welsh and offers the Welsh lists', () => {
    const english = untranslated;
    const html = readFileSync(path.join(outDir, fileOf(`${base}${caseStudyPath(english.slug)}`)!), 'utf8');
    const notice = /<aside class="language-notice" lang="cy"[^>]*>([\s\S]*?)<\/aside>/.exec(html);

    expect(notice?.[1]).toContain('Gymraeg');
    expect(notice?.[1]).toContain(`href="${base}cy/case-studies/"`);
    expect(switchOf(html)?.[1]).toBe(`${base}cy/case-studies/`);
  });

  test('the Welsh lists mark an English case study "Saesneg", in Welsh', () => {
    const list = readFileSync(path.join(outDir, 'cy/case-studies/index.html'), 'utf8');

    expect(list).toContain('<span class="lang-mark" lang="cy">Saesneg</span>');
    expect(list).not.toMatch(/<span class="lang-mark" lang="cy">Cymraeg<\/span>/);
  });

  test('the Welsh guides mark an English guide "Saesneg", link to the Welsh pages, and its page says it is in English', () => {
    const list = readFileSync(path.join(outDir, 'cy/guides/index.html'), 'utf8');
    const guidePage = readFileSync(path.join(outDir, `cy/guides/${englishGuide.slug}/index.html`), 'utf8');
    const notice = /<aside class="language-notice"[^>]*data-guide-language-notice[^>]*>([\s\S]*?)<\/aside>/.exec(
      guidePage,
    );

    expect(list).toContain(`href="${base}cy/guides/${englishGuide.slug}/"`);
    expect(list).toMatch(/<span class="lang-mark" lang="cy">Saesneg<\/span>/);
    expect(notice?.[1]).toContain('Gymraeg');
    expect(notice?.[1]).toContain(`href="${base}guides/${englishGuide.slug}/"`);
    // The guide's own text is marked English, so the leak test can tell it from the interface.
    expect(guidePage).toMatch(/<div class="prose" lang="en">/);
    // Only the English interface's page is in the search index.
    expect(guidePage).not.toContain('data-pagefind-body');
  });

  test('the Welsh places like mine send the form to the Welsh search and label the choices in Welsh', () => {
    const page = readFileSync(path.join(outDir, 'cy/places-like-mine/index.html'), 'utf8');
    const wales = taxonomy.nations.find((nation) => nation.id === 'wales')!;

    expect(page.match(/<form method="get" action="([^"]+)"/)?.[1]).toBe(`${base}cy/search/`);
    expect(page.match(/<option value="wales"[^>]*>([^<]*)</)?.[1]).toBe(wales.cy.label);
    expect(page.includes(`href="${base}cy/places-like-mine/`)).toBe(true);
  });

  test('an organisation named in both languages has one page in English and one entry on the Welsh A to Z, named in Welsh, listing both versions', () => {
    // A Welsh case study whose lead is named otherwise in its English original (content/organisations.yml).
    const welsh = published.find((entry) => {
      const original = published.find((other) => other.slug === entry.data.translationOf);
      return entry.data.lang === 'cy' && original && original.data.organisation !== entry.data.organisation;
    })!;
    const original = published.find((other) => other.slug === welsh.data.translationOf)!;
    const slug = organisationSlug(original.data.organisation);
    const page = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
    const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    const englishPage = page(`organisations/${slug}/index.html`);
    // The English page's switch goes to the entry, and the Welsh case study's facts link to it.
    const entryAddress = switchOf(englishPage)![1]!;
    const [entryPath, anchor] = entryAddress.split('#');
    const directory = page(fileOf(entryPath!)!);
    const entry = new RegExp(`<h3 id="${anchor}">([^<]*)</h3>([\\s\\S]*?)</ul>`).exec(directory);

    expect(existsSync(path.join(outDir, `organisations/${organisationSlug(welsh.data.organisation)}/index.html`))).toBe(
      false,
    );
    expect(existsSync(path.join(outDir, `cy/organisations/${slug}/index.html`))).toBe(false);
    expect(anchor).toBe(slug);
    expect(entryPath).toMatch(new RegExp(`^${base}cy/organisations/(page/\\d+/)?$`));
    expect(entry?.[1]).toBe(welsh.data.organisation.replaceAll("'", '&#39;'));
    expect(heading(englishPage)).toBe(original.data.organisation);
    expect(page(fileOf(`${base}${caseStudyPath(welsh.slug)}`)!)).toContain(`href="${entryAddress}"`);
    for (const version of [welsh, original]) {
      expect(englishPage).toContain(`href="${base}${caseStudyPath(version.slug)}"`);
      expect(entry?.[2]).toContain(`href="${base}${caseStudyPath(version.slug)}"`);
    }
    // The English version is marked "Saesneg" on the Welsh entry.
    expect(entry?.[2]).toMatch(/<span class="lang-mark" lang="cy">Saesneg<\/span>/);
  });

  test('every link to the Welsh A to Z at an anchor finds its entry there', () => {
    const problems: string[] = [];
    let anchors = 0;
    for (const file of pages) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      for (const [, href] of html.matchAll(/href="([^"]*\/cy\/organisations\/[^"]*#[^"]+)"/g)) {
        anchors++;
        const [target, id] = href!.split('#');
        const built = fileOf(new URL(target!, 'http://x').pathname);
        if (!built || !readFileSync(path.join(outDir, built), 'utf8').includes(` id="${id}"`))
          problems.push(`${file}: ${href}`);
      }
    }
    expect(anchors).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  test('the Welsh feed lists only the case studies written in Welsh', () => {
    const feed = readFileSync(path.join(outDir, 'cy/rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map(([, link]) => new URL(link!).pathname).slice(1);
    const welshSlugs = published
      .filter((entry) => entry.data.lang === 'cy')
      .map((entry) => `${base}${caseStudyPath(entry.slug)}`);

    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => welshSlugs.includes(link))).toBe(true);
  });

  test('the sitemap lists the pages of both languages, each with its twin', () => {
    const sitemap = readdirSync(outDir)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(path.join(outDir, file), 'utf8'))
      .join('');

    expect(sitemap).toContain(`${base}cy/themes/</loc>`);
    expect(sitemap).toMatch(/hreflang="cy-GB" href="[^"]*\/cy\/themes\/"/);
    // An English organisation's Welsh alternate is its entry on the Welsh A to Z.
    expect(sitemap).toMatch(/hreflang="cy-GB" href="[^"]*\/cy\/organisations\/(page\/\d+\/)?#[a-z0-9-]+"/);
    expect(sitemap).not.toMatch(/\/cy\/organisations\/(?!page\/)[a-z0-9-]+\/</);
  });
});

describe('the Welsh pages in a browser', () => {
  let site: Site;

  beforeAll(async () => {
    site = await openSite();
  });

  afterAll(async () => {
    await site?.close();
  });

  const english = published.find((entry) => entry.data.lang === 'en')!;
  // The first list of places like mine that was built (each is built only while it has case studies).
  const placesListPage = builtPages()
    .find((page) => /^cy\/places-like-mine\/[^/]+\/[^/]+\/index\.html$/.test(page))!
    .replace(/index\.html$/, '');
  const welshStudy = published.find((entry) => entry.data.lang === 'cy')!;
  const pageTypes: [string, string][] = [
    ['the Welsh home', 'cy/'],
    ['the Welsh list of case studies', 'cy/case-studies/'],
    ['the Welsh list, A to Z', 'cy/case-studies/by/a-z/'],
    ['the Welsh pillars', 'cy/themes/'],
    ['a Welsh pillar', `cy/themes/${english.data.themes[0]}/`],
    ['the Welsh topics', 'cy/topics/'],
    ['the Welsh regions map', 'cy/regions/'],
    ['a Welsh region', `cy/regions/${english.data.region}/`],
    ['the Welsh nations', 'cy/nations/'],
    ['the Welsh types of organisation', 'cy/organisation-types/'],
    ['the Welsh A to Z of organisations', 'cy/organisations/'],
    ['a later page of the Welsh A to Z of organisations', 'cy/organisations/page/2/'],
    ['the Welsh library in numbers', 'cy/stats/'],
    ['the Welsh open data', 'cy/data/'],
    ['the Welsh search', 'cy/search/'],
    ['the Welsh contribute page', 'cy/contribute/'],
    ['the Welsh missing page', 'cy/404/'],
    ['the Welsh how-to guides', 'cy/guides/'],
    ['a Welsh how-to guide page', `cy/guides/${englishGuide.slug}/`],
    ['the Welsh places like mine', 'cy/places-like-mine/'],
    ['a Welsh list of places like mine', placesListPage],
    ['a Welsh case study', caseStudyPath(welshStudy.slug)],
    ['an English case study without a Welsh version', caseStudyPath(untranslated.slug)],
  ];

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, pagePath] of pageTypes) {
      test(`${name} has no WCAG A or AA violations in ${scheme} mode`, async () => {
        const page = await site.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url(pagePath));

        expect(await violations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  test('the language switch is reached by keyboard soon after the skip link, and goes to the same page in English', async () => {
    const page = await site.newPage();
    const theme = taxonomy.themes[0]!.id;
    await page.goto(site.url(`cy/themes/${theme}/`));
    let reached = false;
    for (let presses = 0; presses < 4 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('.language-switch') !== null);
    }
    expect(reached).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('English');

    await Promise.all([page.waitForURL(site.url(`themes/${theme}/`)), page.keyboard.press('Enter')]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.language-switch a').getAttribute('href')).toBe(`${base}cy/themes/${theme}/`);
    await page.close();
  });
});
