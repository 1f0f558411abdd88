/**
 * Building elements for the selection's pages: text is always set as text, never parsed as HTML,
 * since a record's words are contributed content.
 */

type Child = Node | string | false | null | undefined | Child[];

/** An element with attributes (`false`/`undefined` left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  const add = (child: Child): void => {
    if (Array.isArray(child)) child.forEach(add);
    else if (child !== false && child !== null && child !== undefined) element.append(child);
  };
  children.forEach(add);
  return element;
}

/** `template` with each `{name}` replaced by its value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
