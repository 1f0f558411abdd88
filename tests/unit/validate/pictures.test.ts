/**
 * Every picture is a picture (issue 12): each file under case-studies/images/ is judged by its
 * bytes — an allowed raster format matching its extension, a readable width and height within the
 * limits, a size within the limit — at the picture (line 1, column 1) and at each case study that
 * shows it. A picture no published case study shows is reported, since it is not published.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';
import { maxPictureBytes, maxPicturePixels, maxPictureSide } from '../../../src/content/limits.ts';
import { checkPicture, sniffContent } from '../../../src/validate/pictures.ts';
import { caseStudy, declaredPng, imageField, samplePicture, scratchLibrary } from './scratch-library.ts';

const located = (report: ReturnType<typeof validateLibrary>) =>
  report.problems.map((item) => [path.basename(item.file), item.rule, item.line, item.column, item.severity]);

/** A library with one case study showing `images/<name>` in its front matter, the picture holding `content`. */
function showing(name: string, content: Buffer | string) {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy({ extra: imageField(`images/${name}`) }));
  const picture = library.write(`images/${name}`, content);
  return { library, picture, report: validateLibrary(library.root) };
}

test('the limits are 5 MB, 10,000 pixels on either side and 40 megapixels', () => {
  expect(maxPictureBytes).toBe(5 * 1024 * 1024);
  expect(maxPictureSide).toBe(10_000);
  expect(maxPicturePixels).toBe(40_000_000);
});

describe('a real picture of each format the site publishes is accepted', () => {
  test.each(['png', 'jpg', 'webp', 'avif', 'gif'] as const)('%s', (extension) => {
    const { report } = showing(`market.${extension}`, readFileSync(samplePicture(extension)));

    expect(report.problems).toEqual([]);
    expect(checkPicture(samplePicture(extension))).toMatchObject({ ok: true, width: 3, height: 2 });
  });

  test('and .jpeg as well as .jpg', () => {
    expect(showing('market.jpeg', readFileSync(samplePicture('jpg'))).report.problems).toEqual([]);
  });
});

test('an HTML file named .png is refused at the file and where it is shown, not by the build', () => {
  const { report } = showing('chart.png', '<!doctype html><html><body><script>alert(1)</script></body></html>\n');

  expect(located(report)).toEqual([
    ['chart.png', 'image-type', 1, 1, 'error'],
    ['preston.md', 'image', 15, 8, 'error'],
  ]);
  expect(report.problems[0]!.message).toBe(
    '"chart.png" holds text (HTML or XML), not a PNG picture: put the picture file itself here',
  );
  expect(report.problems[1]!.message).toContain(
    'image src "images/chart.png" cannot be published: the file holds text (HTML or XML)',
  );
});

test('a small PNG that declares 400 megapixels is refused, with its size and the limits', () => {
  const bomb = declaredPng(20_000, 20_000, 48_000_000);
  expect(bomb.length).toBeLessThan(64 * 1024);

  const { report } = showing('bomb.png', bomb);

  expect(located(report)).toEqual([
    ['bomb.png', 'image-dimensions', 1, 1, 'error'],
    ['preston.md', 'image', 15, 8, 'error'],
  ]);
  expect(report.problems[0]!.message).toContain(
    'is 20,000 × 20,000 pixels (400 megapixels); a picture may be at most 10,000 pixels on either side and 40 megapixels in all',
  );
});

test('a picture too wide on one side is refused, though its pixels are few', () => {
  expect(located(showing('banner.png', declaredPng(12_000, 10)).report)[0]).toEqual([
    'banner.png',
    'image-dimensions',
    1,
    1,
    'error',
  ]);
});

test('a PNG whose width and height cannot be read is refused as damaged', () => {
  const truncated = readFileSync(samplePicture('png')).subarray(0, 20);

  const { report } = showing('cut.png', truncated);

  expect(report.problems[0]).toMatchObject({
    rule: 'image-dimensions',
    message: expect.stringContaining('is damaged: its width and height cannot be read'),
  });
});

test('a JPEG named .png is refused, saying what to rename it to', () => {
  const { report } = showing('photo.png', readFileSync(samplePicture('jpg')));

  expect(located(report)).toEqual([
    ['photo.png', 'image-type', 1, 1, 'error'],
    ['preston.md', 'image', 15, 8, 'error'],
  ]);
  expect(report.problems[0]!.message).toBe('"photo.png" is a JPEG picture named .png: rename it to "photo.jpg"');
});

test('an SVG is refused at the file, whatever it is named', () => {
  const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n';
  const library = scratchLibrary();
  library.write('preston.md', caseStudy({ body: '![Logo](images/logo.png)\n' }));
  library.write('images/logo.png', svg);
  library.write('images/drawing.svg', svg);

  const report = validateLibrary(library.root);

  expect(located(report).filter(([, rule]) => rule !== 'unused-image')).toEqual([
    ['drawing.svg', 'image-type', 1, 1, 'error'],
    ['logo.png', 'image-type', 1, 1, 'error'],
    ['preston.md', 'image', 16, 1, 'error'],
  ]);
  expect(report.problems.find((item) => item.file.endsWith('logo.png'))!.message).toContain(
    'is an SVG drawing, which can carry scripts',
  );
});

test('a picture over 5 MB is refused unread, with its size and the limit', () => {
  const big = Buffer.concat([readFileSync(samplePicture('png')), Buffer.alloc(maxPictureBytes)]);

  const { report } = showing('huge.png', big);

  expect(located(report)).toEqual([
    ['huge.png', 'image-size', 1, 1, 'error'],
    ['preston.md', 'image', 15, 8, 'error'],
  ]);
  expect(report.problems[0]!.message).toBe(
    '"huge.png" is 5.1 MB; a picture may be at most 5 MB: save it smaller (2,400 pixels across is plenty for the site)',
  );
});

test('a file that is not a picture at all is refused, listing what a picture may be', () => {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy());
  library.write('images/notes.txt', 'Ideas for pictures');
  library.write('images/report.pdf', '%PDF-1.7\n');

  const errors = validateLibrary(library.root).problems.filter((item) => item.severity === 'error');

  expect(errors.map((item) => [path.basename(item.file), item.rule])).toEqual([
    ['notes.txt', 'image-type'],
    ['report.pdf', 'image-type'],
  ]);
  expect(errors[0]!.message).toContain(
    'pictures are PNG, JPEG, WebP, AVIF or GIF files (.png, .jpg, .jpeg, .webp, .avif, .gif)',
  );
  expect(errors[1]!.message).toContain('is a PDF document');
});

describe('a picture that no published case study shows', () => {
  test('is reported as a warning, which does not fail the check', () => {
    const library = scratchLibrary();
    library.write(
      'preston.md',
      caseStudy({ extra: imageField('images/shown.png'), body: '![In the text](images/in-text.png)\n' }),
    );
    for (const name of ['shown', 'in-text', 'unused']) library.copy(samplePicture('png'), `images/${name}.png`);

    const report = validateLibrary(library.root);

    expect(located(report)).toEqual([['unused.png', 'unused-image', 1, 1, 'warning']]);
    expect(report.problems[0]!.message).toContain(
      '"unused.png" is not shown by any case study, so it is not published',
    );
    expect(report.errorCount).toBe(0);
  });

  test('says so when only a draft shows it', () => {
    const library = scratchLibrary();
    library.write('later.md', caseStudy({ extra: `draft: true\n${imageField('images/later.png')}` }));
    library.copy(samplePicture('png'), 'images/later.png');

    const report = validateLibrary(library.root);

    expect(located(report)).toEqual([['later.png', 'unused-image', 1, 1, 'warning']]);
    expect(report.problems[0]!.message).toContain('is shown only by the draft later.md');
  });

  test('is not one that an MDX case study shows', () => {
    const library = scratchLibrary();
    library.write(
      'preston.mdx',
      caseStudy({ body: '![A chart](./images/chart.png) and ![A map](images/map%20of%20leeds.png)\n' }),
    );
    library.copy(samplePicture('png'), 'images/chart.png');
    library.copy(samplePicture('png'), 'images/map of leeds.png');

    expect(validateLibrary(library.root).problems).toEqual([]);
  });

  test('a picture named through a reference definition is not published, so the image is refused where it is written', () => {
    const library = scratchLibrary();
    library.write(
      'preston.md',
      caseStudy({
        body: 'Text.\n\n![A map][map] and ![A chart][Chart]\n\n[map]: images/map.png\n[chart]: https://example.org/chart.png\n',
      }),
    );
    library.copy(samplePicture('png'), 'images/map.png');

    const report = validateLibrary(library.root);

    expect(located(report)).toEqual([
      ['map.png', 'unused-image', 1, 1, 'warning'],
      ['preston.md', 'image', 18, 1, 'error'],
    ]);
    expect(report.problems[1]!.message).toBe(
      'the picture of ![...][map] is not published, as it is named in a definition ([map]: images/map.png): write the path in the image itself, ![description](images/map.png)',
    );
  });

  test('an HTML <img> does not publish a picture of the library, so it is refused where it is written', () => {
    const library = scratchLibrary();
    library.write('preston.md', caseStudy({ body: 'A chart: <img src="images/chart.png" alt="A chart">\n' }));
    library.copy(samplePicture('png'), 'images/chart.png');

    const report = validateLibrary(library.root);

    expect(located(report)).toEqual([
      ['chart.png', 'unused-image', 1, 1, 'warning'],
      ['preston.md', 'image', 16, 15, 'error'],
    ]);
    expect(report.problems[1]!.message).toContain('show a picture of the library as ![description](images/chart.png)');
  });
});

describe('a picture asked about by its path', () => {
  test('is checked alone, and is known to be shown by the case studies that show it', () => {
    const library = scratchLibrary();
    library.write('preston.md', caseStudy({ body: '![Chart](images/chart.png)\n' }));
    library.write('leeds.md', caseStudy({ title: 'A broken case study', extra: 'region: North-West' }));
    const chart = library.copy(samplePicture('png'), 'images/chart.png');
    const bad = library.write('images/bad.png', 'not a picture');

    expect(validateLibrary(library.root, { paths: [chart] })).toMatchObject({
      problems: [],
      files: [],
      pictures: [chart],
    });
    expect(located(validateLibrary(library.root, { paths: [bad] }))).toEqual([
      ['bad.png', 'image-type', 1, 1, 'error'],
      ['bad.png', 'unused-image', 1, 1, 'warning'],
    ]);
    expect(validateLibrary(library.root, { paths: [path.join(library.dir, 'images')] }).pictures).toEqual([bad, chart]);
  });

  test('by npm run validate', () => {
    const library = scratchLibrary();
    library.write('preston.md', caseStudy());
    library.write('images/chart.png', '<html>not a picture</html>');

    const run = spawnSync(process.execPath, ['scripts/validate.ts', path.join(library.dir, 'images', 'chart.png')], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      env: { ...process.env, CONTENT_DIR: library.root },
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    expect(run.stdout).toContain('chart.png:1:1: error: "chart.png" holds text (HTML or XML), not a PNG picture');
    expect(run.stderr).toBe('1 error and 1 warning in 1 of 1 file\n');
  });
});

describe('sniffContent reads the format from the first bytes', () => {
  test.each([
    ['png', 'png'],
    ['jpg', 'jpeg'],
    ['webp', 'webp'],
    ['avif', 'avif'],
    ['gif', 'gif'],
  ] as const)('%s', (extension, format) => {
    expect(sniffContent(readFileSync(samplePicture(extension)))).toBe(format);
  });

  test('and names what is not a picture', () => {
    const text = (value: string) => new TextEncoder().encode(value);
    expect(sniffContent(text('\ufeff  <svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
    expect(sniffContent(text('<!DOCTYPE html>'))).toBe('markup');
    expect(sniffContent(text('%PDF-1.4'))).toBe('pdf');
    expect(sniffContent(text('plain text'))).toBe('unknown');
  });
});

test('a picture is judged again once it changes', () => {
  const library = scratchLibrary();
  const picture = library.write('images/chart.png', 'not yet a picture');
  expect(checkPicture(picture).ok).toBe(false);

  writeFileSync(picture, readFileSync(samplePicture('png')));

  expect(checkPicture(picture).ok).toBe(true);
});
