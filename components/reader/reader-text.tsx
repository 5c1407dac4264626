'use client';

import { useMemo } from 'react';
import { buildParagraphs } from '@/lib/documents/claim-segments';
import { kindStyle, statusStyle } from './claim-style';
import type { ReaderClaimView } from './types';

type Props = {
  text: string;
  claims: ReaderClaimView[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onStep: (from: string, step: 1 | -1) => void;
};

const badge =
  'before:mr-0.5 before:rounded before:bg-stone-700 before:px-1 before:align-super before:font-sans before:text-[0.6rem] before:font-bold before:text-white before:content-[attr(data-badge)]';

// Text is rendered by React (escaped). Every piece carries data-o, its document offset, so a
// DOM selection maps back to offsets for "create claim from selection".
export function ReaderText({ text, claims, selectedId, onOpen, onStep }: Props) {
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const paragraphs = useMemo(() => buildParagraphs(text, claims), [text, claims]);
  const onKey = (id: string) => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(id);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      e.preventDefault();
      onStep(id, 1);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      onStep(id, -1);
    }
  };
  return (
    <div className="max-w-prose space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-800" data-testid="document-text">
      {paragraphs.map((p) => (
        <p key={p.start} className="whitespace-pre-line break-words">
          {p.pieces.map((piece) => {
            const slice = text.slice(piece.start, piece.end);
            const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
            if (!claim) return <span key={piece.start} data-o={piece.start}>{slice}</span>;
            const k = kindStyle[claim.kind];
            const s = statusStyle[claim.status];
            const selected = claim.id === selectedId ? 'ring-2 ring-indigo-600' : '';
            const cls = `cursor-pointer rounded-sm text-inherit underline decoration-2 underline-offset-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-700 focus-visible:ring-offset-1 ${k.mark} ${s.mark} ${selected}`;
            return piece.opensClaim ? (
              <mark
                key={piece.start}
                id={`claim-${claim.id}`}
                data-o={piece.start}
                data-claim={claim.id}
                data-kind={claim.kind}
                data-status={claim.status}
                data-badge={`${k.letter}${s.symbol}`}
                tabIndex={0}
                role="button"
                aria-label={`${k.label} claim, ${claim.status}: ${claim.text.slice(0, 80)}`}
                aria-pressed={claim.id === selectedId}
                className={`${cls} scroll-mt-24 ${badge}`}
                onClick={() => onOpen(claim.id)}
                onKeyDown={onKey(claim.id)}
              >
                {slice}
              </mark>
            ) : (
              <mark key={piece.start} data-o={piece.start} data-claim-part={claim.id} className={cls} onClick={() => onOpen(claim.id)}>
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
