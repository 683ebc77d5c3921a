/**
 * Text of an HTML fragment with its paragraph breaks: block elements and <br> end a line,
 * whitespace inside a line collapses to one space, empty lines go.
 */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'form', 'select']);

/** Minimal view of a DOM node, enough for linkedom's nodes. */
interface DomNode {
  nodeType: number;
  localName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

function collect(node: DomNode, parts: string[]): void {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    if (child.nodeType === TEXT) {
      parts.push(child.textContent ?? '');
    } else if (child.nodeType === ELEMENT) {
      const name = (child.localName ?? '').toLowerCase();
      if (SKIPPED.has(name)) continue;
      const block = BLOCK.has(name);
      if (block) parts.push('\n');
      collect(child, parts);
      if (block) parts.push('\n');
    }
  }
}

/** The lines of a text, each with its whitespace collapsed, empty ones removed. */
export function plainLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The lines of text under `root` (a linkedom node). */
export function nodeLines(root: unknown): string[] {
  const parts: string[] = [];
  collect(root as DomNode, parts);
  return plainLines(parts.join(''));
}

/** The lines of an HTML fragment (feed item content, Readability output). */
export function htmlLines(html: string): string[] {
  if (!/[<&]/.test(html)) return plainLines(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeLines(document.body);
}
