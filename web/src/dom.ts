/**
 * The one way this page builds DOM: elements with text set through `textContent` and attributes set
 * one by one. Names and companies come from strangers' profiles, so nothing here parses markup.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(
  tag: string,
  attributes: Record<string, string | number> = {},
  ...children: Child[]
): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  append(node, ...children);
  return node;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** A profile link only ever points at a LinkedIn profile; anything else is shown as plain text. */
export function safeProfileUrl(url: string | null | undefined): string | null {
  return url && /^https:\/\/www\.linkedin\.com\/in\/[^\s"'<>\\]+$/.test(url) ? url : null;
}

/** Where to find someone without a profile URL: LinkedIn's people search, by name and company. */
export function linkedInSearchUrl(name: string, company: string): string {
  const keywords = [name, company].filter(Boolean).join(' ');
  return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(keywords)}`;
}

/** Replaces a node's children, skipping the empty ones as `el` does. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}
