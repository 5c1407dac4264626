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

// Iterative, so a page nested thousands of levels deep cannot overflow the stack.
function walk(root: DomNode, out: string[]): void {
  const stack: (DomNode | { close: string; pre: boolean } | { node: DomNode; pre: boolean })[] = [{ node: root, pre: false }];
  while (stack.length) {
    const entry = stack.pop()!;
    if ('close' in entry) {
      out.push(entry.close);
      continue;
    }
    const { node, pre } = 'node' in entry ? entry : { node: entry, pre: false };
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      out.push(pre ? text.replace(/\n/g, LINE) : text.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      out.push(LINE);
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) out.push(BREAK);
    if (tag === 'TD' || tag === 'TH') out.push(' ');
    if (block) stack.push({ close: BREAK, pre });
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i], pre: pre || tag === 'PRE' });
  }
}

/** How deeply elements nest, without recursion. */
export function nestingDepth(root: unknown): number {
  let max = 0;
  const stack: [DomNode, number][] = [[root as DomNode, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (let i = 0; i < node.childNodes.length; i++) if (node.childNodes[i].nodeType === 1) stack.push([node.childNodes[i], depth + 1]);
  }
  return max;
}

/** A DOM node's readable text: paragraphs separated by blank lines, whitespace collapsed. */
export function domToText(root: unknown): string {
  const out: string[] = [];
  walk(root as DomNode, out);
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
