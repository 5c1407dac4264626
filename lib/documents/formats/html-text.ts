// HTML to plain text: block elements become paragraphs (separated by a blank line), <br> a line
// break, and elements that never hold article text (scripts, styles, frames, forms) are skipped.

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'TEMPLATE', 'SVG', 'MATH', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'MAP']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'HTML',
]);
// Inside-out marker for a paragraph break, resolved after whitespace is collapsed.
const BREAK = '\u0001';
const LINE = '\u0002';

function walk(node: DomNode, out: string[], pre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    out.push(pre ? text.replace(/\n/g, LINE) : text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') return void out.push(LINE);
  const block = BLOCK.has(tag);
  if (block) out.push(BREAK);
  if (tag === 'TD' || tag === 'TH') out.push(' ');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], out, pre || tag === 'PRE');
  if (block) out.push(BREAK);
}

/** A DOM node's readable text: paragraphs separated by blank lines, whitespace collapsed. */
export function domToText(root: unknown): string {
  const out: string[] = [];
  walk(root as DomNode, out, false);
  return out
    .join('')
    .split(BREAK)
    .map((block) =>
      block
        .split(LINE)
        .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
