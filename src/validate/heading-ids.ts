/**
 * The ids Astro gives the headings of a case study's text, predicted from its Markdown tree, so
 * that a link to `#a-heading` can be checked before any build. Astro 7 renders Markdown and MDX
 * with satteri and names each heading with github-slugger over the heading's text content, after
 * smart punctuation (`--` becomes a dash, which the slugger drops); the same slugger, with one
 * instance per page, gives the same ids (tests/unit/validate/heading-ids.test.ts renders with
 * Astro's own processor to hold them equal). One known difference: hyphens written escaped
 * (`\-\-`) are not smart punctuation, but the tree no longer shows the escape; such a heading's
 * id is predicted without them, and the build's link check catches a link to it.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';

/** The text a reader's browser would find in a heading, as the renderer's slugger sees it. */
function headingText(node: Nodes): string {
  switch (node.type) {
    // Smart punctuation turns every run of two or more hyphens into dashes, which the slugger drops;
    // quotes and ellipses it turns into characters the slugger drops as it drops the plain ones.
    case 'text':
      return node.value.replace(/-{2,}/g, '');
    case 'inlineCode':
      return node.value;
    // Raw HTML tags have no text; the text between them is a text node of its own. Pictures have none either.
    case 'html':
    case 'image':
    case 'imageReference':
    case 'break':
    case 'footnoteReference':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => headingText(child as Nodes)).join('') : '';
  }
}

/**
 * The ids of the footnotes of `tree` as the renderer writes them: the list's heading, each note
 * (`user-content-fn-<label>`) and each reference to one (`user-content-fnref-<label>`, then `-2`…),
 * the label lower-cased and percent-encoded.
 */
export function footnoteIds(tree: Root): string[] {
  const defined = new Set<string>();
  const references: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'footnoteDefinition') defined.add(node.identifier);
    if (node.type === 'footnoteReference') references.push(node.identifier);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  const used = references.filter((identifier) => defined.has(identifier));
  if (used.length === 0) return [];
  const ids = ['footnote-label'];
  const seen = new Map<string, number>();
  for (const identifier of used) {
    const label = encodeURIComponent(identifier.toLowerCase());
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    if (count === 1) ids.push(`user-content-fn-${label}`, `user-content-fnref-${label}`);
    else ids.push(`user-content-fnref-${label}-${count}`);
  }
  return ids;
}

/** The ids of the headings of `tree`, in document order. */
export function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      ids.push(slugger.slug(headingText(node)));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return ids;
}
