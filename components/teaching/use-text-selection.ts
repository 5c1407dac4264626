'use client';

import { useEffect, useState, type RefObject } from 'react';
import { offsetOf } from '@/lib/documents/claim-segments';

export type TextSelection = { documentId: string; start: number; end: number; text: string };

/** The current text selection inside `root`, as offsets into one of the documents (null when none). */
export function useTextSelection(root: RefObject<HTMLElement | null>, documents: { id: string; text: string }[], enabled: boolean) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const onChange = () => {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || !root.current) return;
      const range = sel.getRangeAt(0);
      const doc = (range.commonAncestorContainer instanceof Element ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement)?.closest<HTMLElement>('[data-doc]');
      if (!doc || !root.current.contains(doc)) return;
      const text = documents.find((d) => d.id === doc.dataset.doc)?.text ?? '';
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (sel.isCollapsed || start === null || end === null || end <= start || !text.slice(start, end).trim()) return setSelection(null);
      setSelection({ documentId: doc.dataset.doc!, start, end, text: text.slice(start, end) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [enabled, documents, root]);
  const clear = () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };
  return { selection, clear };
}
