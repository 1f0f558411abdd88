import { expect, test } from 'vitest';
import { rebaseRelativeLinks } from '../../../src/lib/relative-links.ts';

test('a relative link of a guide leads where it did from the page it was written for, from any page', () => {
  const html =
    '<p><a href="../../case-studies/preston/#outcomes">Preston</a> and <a href="../spend/?q=a&amp;b=c">spend</a> <a href="x">x</a></p>';

  expect(rebaseRelativeLinks(html, '/cwb/guides/anchors/')).toBe(
    '<p><a href="/cwb/case-studies/preston/#outcomes">Preston</a> and <a href="/cwb/guides/spend/?q=a&amp;b=c">spend</a> <a href="/cwb/guides/anchors/x">x</a></p>',
  );
});

test('links from the root, to other sites, to mail, and fragments are left as written', () => {
  const html =
    '<a href="/cwb/themes/procurement/">a</a><a href="https://cles.org.uk/">b</a><a href="mailto:x@example.org">c</a><a href="#step-2">d</a><img src="/cwb/_astro/x.webp" alt="">';

  expect(rebaseRelativeLinks(html, '/cwb/guides/anchors/')).toBe(html);
});
