/**
 * Checks a piece of raw HTML from a Markdown body against the HTML policy.
 *
 * It reads tokens with parse5's tokenizer, the HTML standard's own, rather than building a tree:
 * tree building silently drops tags that a browser still acts on in the page they land in
 * (`<body onload=...>` adds `onload` to the page's body; a lone `<td onclick=...>` vanishes from a
 * fragment parse but not from a table). The Markdown renderer copies raw HTML into the page as
 * written, so every start tag counts, wherever it is.
 */
import type { Token } from 'parse5';
import { readTokens } from './html-tokens.ts';
import { checkElement, type HtmlFinding } from './html-policy.ts';
import type { Position } from '../content/problem.ts';

/** A finding with its position inside the HTML snippet (1-based, snippet lines). */
export interface LocatedFinding extends Omit<HtmlFinding, 'rule'> {
  rule: HtmlFinding['rule'] | 'html-syntax';
  at: Position;
}

/** Parse errors that leave the rest of the page inside a tag or comment when the snippet is pasted in. */
const unfinished: Record<string, string> = {
  'eof-in-tag': 'this HTML tag is never closed with ">": everything after it would become part of the tag',
  'eof-in-comment': 'this HTML comment is never closed with "-->": everything after it would be hidden',
  'eof-in-doctype': 'this <!DOCTYPE is never closed',
  'eof-in-cdata': 'this CDATA section is never closed',
};

/** Every problem in one snippet of raw HTML. */
export function checkHtml(html: string): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const at = (location: Token.Location | null | undefined): Position => ({
    line: location?.startLine ?? 1,
    column: location?.startCol ?? 1,
  });
  // Start tags, doctypes and unfinished constructs only: end tags carry nothing that runs, and the
  // start tag of a refused element is reported already.
  readTokens(
    html,
    {
      onStartTag(token) {
        for (const finding of checkElement(token.tagName, token.attrs)) {
          const location = finding.attribute
            ? token.location?.attrs?.[finding.attribute.toLowerCase()]
            : token.location;
          findings.push({ ...finding, at: at(location ?? token.location) });
        }
      },
      onDoctype(token) {
        findings.push({
          rule: 'html-element',
          message: '<!DOCTYPE> is not allowed in a case study',
          at: at(token.location),
        });
      },
      onParseError(error) {
        const message = unfinished[error.code];
        if (!message) return;
        // Point at the start of the unfinished construct, not at the end of the snippet.
        const start = html.lastIndexOf('<', Math.max(0, error.startOffset - 1));
        findings.push({ rule: 'html-syntax', message, at: start === -1 ? at(error) : positionOf(html, start) });
      },
    },
    { locations: true },
  );
  return findings;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
