'use client';

import { useState } from 'react';
import { linkClaimTopicAction, unlinkClaimTopicAction } from '@/lib/actions/claims';
import { StatusChip } from '@/components/review/status-chip';
import { useServerAction } from './use-server-action';
import type { ReaderClaimView, Stance, TopicOption } from './types';

const stances: Stance[] = ['supports', 'opposes', 'neutral', 'mixed'];

export function TopicLinks({ claim, topics, canEdit }: { claim: ReaderClaimView; topics: TopicOption[]; canEdit: boolean }) {
  const [topicId, setTopicId] = useState(topics[0]?.id ?? '');
  const [stance, setStance] = useState<Stance>('neutral');
  const { run, pending, error } = useServerAction();
  return (
    <section aria-label="Topics" className="space-y-1">
      <h3 className="text-sm font-semibold">Topics</h3>
      {claim.topics.length === 0 && <p className="text-xs text-stone-500">Not linked to a topic.</p>}
      <ul className="space-y-1">
        {claim.topics.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-2 text-sm">
            <a href={`/topics/${t.topicId}`} className="text-indigo-700 hover:underline">{t.label}</a>
            <span className="text-xs text-stone-600">stance: {t.stance}</span>
            <StatusChip status={t.status} />
            {canEdit && (
              <button type="button" disabled={pending} onClick={() => run(() => unlinkClaimTopicAction({ linkId: t.id }))} className="text-xs text-red-700 underline">
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && topics.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-xs text-stone-600">
            Topic
            <select value={topicId} onChange={(e) => setTopicId(e.target.value)} className="mt-1 block max-w-[12rem] rounded border border-stone-300 px-1 py-1 text-sm">
              {topics.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
            </select>
          </label>
          <label className="text-xs text-stone-600">
            Stance
            <select value={stance} onChange={(e) => setStance(e.target.value as Stance)} className="mt-1 block rounded border border-stone-300 px-1 py-1 text-sm">
              {stances.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <button type="button" disabled={pending || !topicId} onClick={() => run(() => linkClaimTopicAction({ claimId: claim.id, topicId, stance }))} className="rounded border border-indigo-700 px-2 py-1 text-xs text-indigo-700">
            Link topic
          </button>
        </div>
      )}
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </section>
  );
}
