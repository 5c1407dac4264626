'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { offsetOf } from '@/lib/documents/claim-segments';
import { ClaimLegend } from './claim-legend';
import { ClaimList } from './claim-lists';
import { ClaimPanel } from './claim-panel';
import { isAtLeast } from './claim-style';
import { CreateClaimBar } from './create-claim-bar';
import { ReaderText } from './reader-text';
import type { ReaderClaimView, ReaderUser, TopicOption } from './types';

type Props = { documentId: string; text: string; claims: ReaderClaimView[]; user: ReaderUser; topics: TopicOption[] };
type Selection = { start: number; end: number; text: string };

function isTyping(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function focusClaim(id: string) {
  const el = document.getElementById(`claim-${id}`);
  el?.focus({ preventScroll: true });
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export function Reader({ documentId, text, claims, user, topics }: Props) {
  const inText = useMemo(() => claims.filter((c) => !c.deleted && !c.orphaned), [claims]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const canAnnotate = isAtLeast(user, 'annotator');
  const selected = claims.find((c) => c.id === selectedId) ?? null;

  const step = useCallback(
    (from: string | null, dir: 1 | -1) => {
      if (inText.length === 0) return;
      const at = from ? inText.findIndex((c) => c.id === from) : -1;
      const next = inText[at === -1 ? (dir === 1 ? 0 : inText.length - 1) : (at + dir + inText.length) % inText.length];
      focusClaim(next.id);
      setSelectedId((open) => (open ? next.id : open));
    },
    [inText],
  );

  // Links like /documents/<doc>#claim-<id> (from the comparison page) open that claim.
  useEffect(() => {
    const openFromHash = () => {
      const id = /^#claim-(.+)$/.exec(window.location.hash)?.[1];
      if (id && claims.some((c) => c.id === id)) {
        setSelectedId(id);
        focusClaim(id);
      }
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [claims]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const current = (document.activeElement as HTMLElement | null)?.dataset?.claim ?? selectedId;
      if (e.key === 'j') step(current, 1);
      else if (e.key === 'k') step(current, -1);
      else if (e.key === 'Escape') setSelectedId(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, selectedId]);

  // A selection inside the text becomes the candidate span for a new claim (or a span edit).
  useEffect(() => {
    if (!canAnnotate) return;
    const onChange = () => {
      const sel = window.getSelection();
      const root = textRef.current;
      if (!sel || sel.rangeCount === 0 || !root) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      if (sel.isCollapsed || start === null || end === null || end <= start || !text.slice(start, end).trim()) return setSelection(null);
      setSelection({ start, end, text: text.slice(start, end) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [canAnnotate, text]);

  const orphans = claims.filter((c) => c.orphaned && !c.deleted);
  const deleted = claims.filter((c) => c.deleted);
  return (
    <div className="gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        <ClaimLegend />
        <div ref={textRef}>
          <ReaderText text={text} claims={inText} selectedId={selectedId} onOpen={setSelectedId} onStep={step} />
        </div>
        <ClaimList title="Orphaned claims" testId="orphaned-claims" claims={orphans} onOpen={setSelectedId} note="The document text changed and these quotes could not be found again. Fix the span or delete them." />
        {canAnnotate && <ClaimList title="Deleted claims" testId="deleted-claims" claims={deleted} onOpen={setSelectedId} note="Soft-deleted; open one to restore it." />}
      </div>
      <div>{selected && <ClaimPanel key={selected.id} claim={selected} user={user} topics={topics} selection={selection} onClose={() => setSelectedId(null)} />}</div>
      {canAnnotate && selection && (
        <CreateClaimBar
          documentId={documentId}
          selection={selection}
          onCreated={(id) => {
            window.getSelection()?.removeAllRanges();
            setSelection(null);
            setSelectedId(id);
          }}
        />
      )}
    </div>
  );
}
