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
 *  - a North American number: (555) 123-4567 or 555-123-4567.
 */

import { emailPattern } from '../schema/case-study.ts';
import { problem, type Problem } from './problem.ts';
import { lineIndex } from './source-text.ts';

/** Personal data found in a text: where it starts and what was written. */
export interface PersonalDataMatch {
  index: number;
  text: string;
}

const localPart = /[A-Za-z0-9._%+-]/;
const domainPart = /[A-Za-z0-9.-]/;
/** The longest local part and domain an address may have (RFC 5321). */
const maxLocal = 64;
const maxDomain = 255;
const emailAt = new RegExp(`^${emailPattern.source}`);

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

const uk = String.raw`(?:\(0\d{2,4}\)|0\d{2,4})[ \t-]?\d{3,4}[ \t-]?\d{3,4}`;
const international = String.raw`(?:\+|00)[ \t]?\d{1,3}(?:[ \t.-]?\(\d{1,4}\)|[ \t.-]?\d{1,5}){2,6}`;
const northAmerican = String.raw`(?:\(\d{3}\)[ \t]?|\d{3}-)\d{3}-\d{4}`;

const phonePattern = new RegExp(`${notAfter}(?:${international}|${uk}|${northAmerican})${notBefore}`, 'gu');

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** True when `text` found by the pattern has the digits of a real number of its kind. */
function plausible(text: string): boolean {
  const digits = digitCount(text);
  if (text.startsWith('+') || text.startsWith('00')) return digits - (text.startsWith('00') ? 2 : 0) >= 8 && digits <= 17;
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

/** What a contributor is told when a telephone number is found outside a consented contact. */
export const phoneMessage = (where: 'text' | 'frontmatter') =>
  where === 'text'
    ? 'a telephone number in the text is personal data and may not be published; a contact who has agreed to be named goes in contact, with consent: true'
    : 'a telephone number is personal data and may not be published here; a contact who has agreed to be named goes in contact, with consent: true';

/**
 * The personal data in a case study's text (its body), each where it is written: e-mail addresses
 * and telephone numbers, which a contact who has agreed to be named gives in `contact` instead.
 */
export function personalDataInText(file: string, body: string): Problem[] {
  const emails = findEmailAddresses(body);
  const phones = findPhoneNumbers(body);
  if (emails.length === 0 && phones.length === 0) return [];
  const locate = lineIndex(body);
  return [
    ...emails.map((match) =>
      problem(file, 'email-address', 'an e-mail address in the text is personal data and may not be published; to give a contact, use contact.email with consent: true', locate(match.index)),
    ),
    ...phones.map((match) => problem(file, 'phone-number', phoneMessage('text'), locate(match.index))),
  ];
}
