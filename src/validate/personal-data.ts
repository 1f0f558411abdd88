/**
 * Finding personal data in contributed text: e-mail addresses and telephone numbers. A case study may give a contact's details only in `contact`, with the person's
 * consent; a number written anywhere else would be published without it.
 *
 * The patterns are deliberately narrow so that the figures case studies are full of never match:
 * years and year ranges (2018/19, 2018-2019), money (£4.5m, £1,200,000), counts (55-point, 1,234
 * jobs), dates (01/02/2020) and decimals. A number is a phone number when it is
 *  - a UK number: 0 then 9 or 10 more digits, grouped by spaces or hyphens, the area code
 *    optionally in brackets (01772 906000, 020 7946 0018, (0161) 234 5000, 07700 900123);
 *  - an international number: + or 00, then 8 to 15 digits in groups (+44 20 7946 0018,
 *    +44 (0)161 234 5000, 0044 7700 900123, +1 (555) 123-4567, +33 1 23 45 67 89);
 *  - a North American number: (555) 123-4567, 555-123-4567 or 555.123.4567.
 * Groups may also be separated by dots (020.7946.0018).
 *
 * Both are looked for in the text as a reader sees it (reader-view.ts): with character references,
 * escapes, invisible characters, look-alike spaces, dashes and digits, and spelt-out "[at]"s read,
 * and each is reported where it is written. A `mailto:` or `tel:` link is personal data too, even
 * when its target is not a whole address or number.
 */

import { emailPattern } from '../schema/case-study.ts';
import { problem, type Problem } from '../content/problem.ts';
import { contactLink, markdownViews, type ReaderView } from './reader-view.ts';
import { lineIndex } from '../content/source-text.ts';

/** Personal data found in a text: where it starts and what was written. */
export interface PersonalDataMatch {
  index: number;
  text: string;
}

// Code units, not code points: the walk stops at an astral character, which no address needs.
const localPart = /[\p{L}\p{M}\p{N}._%+-]/u;
const domainPart = /[\p{L}\p{M}\p{N}.-]/u;
/** The longest local part and domain an address may have (RFC 5321). */
const maxLocal = 64;
const maxDomain = 255;
const emailAt = new RegExp(`^${emailPattern.source}`, 'u');

/**
 * Every e-mail address in `text`, found from each `@` outwards. Scanning the whole text with
 * `emailPattern` would take time in the square of the longest word: minutes for one 400 KB word.
 */
export function findEmailAddresses(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  let searchedTo = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > searchedTo && at - start < maxLocal && localPart.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= maxDomain && domainPart.test(text[end]!)) end++;
    const match = emailAt.exec(text.slice(start, end));
    if (!match) continue;
    found.push({ index: start, text: match[0] });
    searchedTo = start + match[0].length;
  }
  return found;
}

/** Not part of a longer number, word, URL path or amount: no digit, letter, `/`, `£` and so on just before. */
const notAfter = String.raw`(?<![\p{L}\p{N}_/=.,£$€%+#@&-])`;
/** Not followed by more digits or by a decimal part. */
const notBefore = String.raw`(?![\p{N}]|[.,]\p{N})`;

const uk = String.raw`(?:\(0\d{2,4}\)|0\d{2,4})[ \t.-]?\d{3,4}[ \t.-]?\d{3,4}`;
const international = String.raw`(?:\+|00)[ \t]?\d{1,3}(?:[ \t.-]?\(\d{1,4}\)|[ \t.-]?\d{1,5}){2,6}`;
const northAmerican = String.raw`(?:\(\d{3}\)[ \t]?\d{3}-|\d{3}-\d{3}-|\d{3}\.\d{3}\.)\d{4}`;

const phonePattern = new RegExp(`${notAfter}(?:${international}|${uk}|${northAmerican})${notBefore}`, 'gu');

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** True when `text` found by the pattern has the digits of a real number of its kind. */
function plausible(text: string): boolean {
  const digits = digitCount(text);
  if (text.startsWith('+') || text.startsWith('00'))
    return digits - (text.startsWith('00') ? 2 : 0) >= 8 && digits <= 17;
  if (text.startsWith('0') || text.startsWith('(0')) return digits === 10 || digits === 11;
  return digits === 10;
}

/** Every telephone number in `text`, in order. */
export function findPhoneNumbers(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const match of text.matchAll(phonePattern)) {
    const written = match[0].trimEnd();
    if (plausible(written)) found.push({ index: match.index, text: written });
  }
  return found;
}

/** Personal data found in a view of a text, where it is written in the source. */
export interface PersonalDataFinding {
  kind: 'email' | 'phone';
  /** Where it starts and ends in the source. */
  from: number;
  to: number;
  /** What a reader sees. */
  reads: string;
}

/** How much of a link without an address or number in it a message quotes. */
const maxLinkShown = 80;
/** Where a link's target ends: at a space, a quote, or the end of a Markdown link or an HTML tag. */
const targetEnd = /[\s"'<>)\]]/g;

/**
 * Every e-mail address and telephone number in `view`, and every `mailto:` or `tel:` link, each
 * once: a link is reported at the address or number in it, or at the link when it holds none.
 */
export function findPersonalData(view: ReaderView): PersonalDataFinding[] {
  const text = view.text;
  const found = (kind: PersonalDataFinding['kind']) => (match: PersonalDataMatch) => ({
    kind,
    index: match.index,
    text: match.text,
  });
  const byKind = {
    email: findEmailAddresses(text).map(found('email')),
    phone: findPhoneNumbers(text).map(found('phone')),
  };
  const links: (typeof byKind)['email'] = [];
  // Links and matches are both in order: one pointer per kind, and one end shared by links that run together.
  const next = { email: 0, phone: 0 };
  let end = -1;
  for (const link of text.matchAll(contactLink)) {
    const kind = link[0].toLowerCase() === 'mailto:' ? 'email' : 'phone';
    if (end < link.index) {
      targetEnd.lastIndex = link.index;
      end = targetEnd.exec(text)?.index ?? text.length;
    }
    const matches = byKind[kind];
    while (next[kind] < matches.length && matches[next[kind]]!.index < link.index) next[kind]++;
    if (next[kind] < matches.length && matches[next[kind]]!.index < end) continue;
    links.push({ kind, index: link.index, text: text.slice(link.index, Math.min(end, link.index + maxLinkShown)) });
  }
  return [...byKind.email, ...byKind.phone, ...links]
    .sort((a, b) => a.index - b.index)
    .map((match) => ({
      kind: match.kind,
      from: view.sourceOffset(match.index),
      to: view.sourceOffset(match.index + match.text.length),
      reads: match.text,
    }));
}

/**
 * The personal data in several readings of one text, each once: a finding of a later reading is
 * dropped where it overlaps one of the same kind in an earlier reading.
 */
export function findPersonalDataInViews(views: readonly ReaderView[]): PersonalDataFinding[] {
  const [first, ...others] = views.map(findPersonalData);
  const kept = [...(first ?? [])];
  for (const findings of others) {
    const earlier = {
      email: kept.filter((item) => item.kind === 'email'),
      phone: kept.filter((item) => item.kind === 'phone'),
    };
    const next = { email: 0, phone: 0 };
    for (const finding of findings) {
      // Both lists are in order of where they start: one pointer per kind past what ends before this one.
      const list = earlier[finding.kind];
      while (next[finding.kind] < list.length && list[next[finding.kind]]!.to <= finding.from) next[finding.kind]++;
      const candidate = list[next[finding.kind]];
      if (candidate && candidate.from < Math.max(finding.to, finding.from + 1)) continue;
      kept.push(finding);
    }
  }
  return kept.sort((a, b) => a.from - b.from);
}

/** ` (it reads "jo@example.org")` when what is written differs from what a reader sees, to show why it was found. */
export function readsAs(source: string, finding: PersonalDataFinding): string {
  if (finding.to - finding.from === finding.reads.length && source.startsWith(finding.reads, finding.from)) return '';
  return ` (it reads "${finding.reads}")`;
}

/** What a contributor is told when personal data is found outside a consented contact. */
export function personalDataMessage(
  kind: PersonalDataFinding['kind'],
  where: 'text' | 'frontmatter' | 'comment',
): string {
  if (kind === 'email') {
    if (where === 'text')
      return 'an e-mail address in the text is personal data and may not be published; to give a contact, use contact.email with consent: true';
    if (where === 'comment')
      return 'an e-mail address is personal data and may not be written in a case study, not even in a YAML comment: remove it; to give one, use contact.email with consent: true';
    return 'an e-mail address is personal data and may not be published here; to give one, use contact.email with consent: true';
  }
  if (where === 'text')
    return 'a telephone number in the text is personal data and may not be published; a contact who has agreed to be named goes in contact, with consent: true';
  if (where === 'comment')
    return 'a telephone number is personal data and may not be written in a case study, not even in a YAML comment: remove it; a contact who has agreed to be named goes in contact, with consent: true';
  return 'a telephone number is personal data and may not be published here; a contact who has agreed to be named goes in contact, with consent: true';
}

/** The rule that reports each kind of personal data. */
export const personalDataRule = { email: 'email-address', phone: 'phone-number' } as const;

/**
 * The personal data in a case study's text (its body), each where it is written: e-mail addresses
 * and telephone numbers, which a contact who has agreed to be named gives in `contact` instead.
 */
export function personalDataInText(file: string, body: string): Problem[] {
  const findings = findPersonalDataInViews(markdownViews(body));
  if (findings.length === 0) return [];
  const locate = lineIndex(body);
  return findings.map((finding) =>
    problem(
      file,
      personalDataRule[finding.kind],
      personalDataMessage(finding.kind, 'text') + readsAs(body, finding),
      locate(finding.from),
    ),
  );
}
