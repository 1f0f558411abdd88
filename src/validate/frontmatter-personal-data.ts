/**
 * E-mail addresses and telephone numbers in the front matter (docs/public-interface.md §3): an address is allowed
 * only as `contact.email`, and a number only inside a contact given with `consent: true`; one
 * anywhere else — in any value or key, or in a YAML comment — is an error.
 *
 * Each value is read twice: as written, with its YAML escapes, character references and look-alike
 * characters read (reader-view.ts), so that a problem points where the disguise is written; and
 * as YAML decodes it, so that nothing the site would publish is missed when the two differ.
 */
import { Lexer } from 'yaml';
import { visitScalars, type YamlFrontmatter } from './frontmatter.ts';
import {
  findPersonalData,
  personalDataMessage,
  personalDataRule,
  readsAs,
  type PersonalDataFinding,
} from './personal-data.ts';
import { problem, type Problem } from '../content/problem.ts';
import { readerView } from './reader-view.ts';

/** Every address and number in the front matter `raw` outside where the public interface allows one. */
export function personalDataInFrontmatter(file: string, yaml: YamlFrontmatter, raw: string, data: unknown): Problem[] {
  const contact = (data as { contact?: unknown } | null | undefined)?.contact;
  const consented =
    typeof contact === 'object' && contact !== null && (contact as { consent?: unknown }).consent === true;
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (finding: PersonalDataFinding, where: 'frontmatter' | 'comment') => {
    const key = `${finding.kind}@${finding.from}`;
    if (reported.has(key)) return;
    reported.add(key);
    const message = personalDataMessage(finding.kind, where) + readsAs(raw, finding);
    problems.push(problem(file, personalDataRule[finding.kind], message, yaml.locate(finding.from)));
  };

  visitScalars(yaml.document, ({ node, path, isKey }) => {
    if (!node.range) return;
    // contact.email itself is the schema's to judge: it needs consent: true beside it.
    const allowsEmail = !isKey && path.length === 2 && path[0] === 'contact' && path[1] === 'email';
    const allowsPhone = consented && path[0] === 'contact';
    if (allowsEmail && allowsPhone) return;
    const allowed = (finding: PersonalDataFinding) => (finding.kind === 'email' ? allowsEmail : allowsPhone);

    const [start, end] = node.range;
    const written = raw.slice(start, end);
    const asWritten = findPersonalData(
      readerView(written, node.type === 'QUOTE_DOUBLE' ? 'yaml-double-quoted' : 'plain', start),
    ).filter((finding) => !allowed(finding));
    for (const finding of asWritten) report(finding, 'frontmatter');

    if (typeof node.value !== 'string') return;
    // What YAML decoded, in case it holds more than the text as written showed: reported where the value starts.
    const decoded = findPersonalData(readerView(node.value, 'plain')).filter((finding) => !allowed(finding));
    for (const kind of ['email', 'phone'] as const) {
      const missed = decoded.find((finding) => finding.kind === kind);
      if (missed && !asWritten.some((finding) => finding.kind === kind)) {
        report({ ...missed, from: start, to: end }, 'frontmatter');
      }
    }
  });

  for (const comment of yamlComments(raw)) {
    for (const finding of findPersonalData(readerView(comment.text, 'plain', comment.offset)))
      report(finding, 'comment');
  }
  return problems;
}

/** Tokens the YAML lexer adds that are not in the source. */
const lexerMarkers = new Set(['\x02', '\x18', '\x1f']);

/**
 * Every comment in the YAML `raw`, with its offset. Comments are no value, so the document's
 * scalars never show them; the lexer's tokens, laid end to end, are the source.
 */
export function yamlComments(raw: string): { text: string; offset: number }[] {
  const comments: { text: string; offset: number }[] = [];
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(raw)) {
    if (lexerMarkers.has(token) && !raw.startsWith(token, offset)) {
      scalarNext = token === '\x1f';
      continue;
    }
    // A block scalar's text can start with "#": after the scalar marker it is text, not a comment.
    if (token.startsWith('#') && !scalarNext) comments.push({ text: token, offset });
    scalarNext = false;
    offset += token.length;
  }
  return comments;
}
