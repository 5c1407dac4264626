import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { getPrisma } from '@/lib/db/client';
import { listMergeCandidates } from '@/lib/db/queries/topic-options';
import { getTopicPage } from '@/lib/db/queries/topic-page';
import { requireReader } from '@/lib/actions/session';
import { ExportButtons } from '@/components/exports/export-buttons';
import { hasRole } from '@/lib/auth/roles';
import { orNotFound } from '@/lib/http/or-not-found';
import { formatPublished } from '@/lib/documents/published-date';
import { ReviewStatus, StanceChip } from '@/components/compare/badges';
import { LinkReview } from '@/components/compare/link-review';
import { QuantityCharts, StanceBars, StanceTimeline } from '@/components/topics/topic-charts';
import { TopicEditor } from '@/components/topics/topic-editor';
import { CommentThread } from '@/components/comments/comment-thread';
import { quantitySeries, stanceBuckets, stancePoints } from '@/components/topics/timeline-data';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page share one load per request.
const load = cache(async (id: string, after?: string) => orNotFound(getTopicPage(await getPrisma(), id, { after })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader('reading');
  return { title: (await load((await params).id)).topic.label };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const user = await requireReader('reading');
  const query = await searchParams;
  const after = query.after;
  const mergeSearch = typeof query.merge === 'string' ? query.merge.trim().slice(0, 200) || undefined : undefined;
  const { topic, total, links, next, timeline } = await load((await params).id, typeof after === 'string' ? after : undefined);
  const isEditor = !!user && hasRole(user.role, 'editor');
  const others = isEditor ? await listMergeCandidates(await getPrisma(), topic.id, mergeSearch) : [];
  const series = quantitySeries(timeline);
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-xs uppercase tracking-wide text-stone-500">Topic · {topic.origin === 'auto' ? 'suggested automatically' : 'curated'}</p>
        <h1 className="text-2xl font-bold tracking-tight" data-testid="topic-label">{topic.label}</h1>
        {topic.question && <p className="text-stone-700">{topic.question}</p>}
        {user && <ExportButtons scope={{ topic: topic.id }} />}
      </header>
      {isEditor && <TopicEditor topic={topic} others={others} mergeSearch={mergeSearch} />}
      <section className="space-y-2">
        <h2 className="font-semibold">Stance over time</h2>
        <StanceTimeline points={stancePoints(timeline)} />
        <StanceBars buckets={stanceBuckets(timeline)} />
      </section>
      {series.length > 0 && (
        <section className="space-y-2">
          <h2 className="font-semibold">Numbers over time</h2>
          <QuantityCharts series={series} />
        </section>
      )}
      <section className="space-y-2">
        <h2 className="font-semibold">Claims ({total}), oldest first</h2>
        <ol className="space-y-2" data-testid="topic-claims">
          {links.map((l) => (
            <li key={l.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="topic-claim">
              <p className="text-xs text-stone-500">
                <time>{formatPublished(l.claim.document.publishedAt, l.claim.document.datePrecision)}</time> ·{' '}
                <Link href={`/documents/${l.claim.document.id}#claim-${l.claim.id}`} className="text-indigo-700 hover:underline">{l.claim.document.title}</Link>
              </p>
              <blockquote className="mt-1 font-serif">{l.claim.text}</blockquote>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <StanceChip stance={l.stance} />
                {l.claim.hedged && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">~ hedged</span>}
                <span>{l.claim.speaker ? `— ${l.claim.speaker}` : '— author'}</span>
                <ReviewStatus status={l.status} />
                <span className="text-stone-400">{l.origin}</span>
                {isEditor && l.status === 'suggested' && <LinkReview linkId={l.id} version={l.version} label={l.claim.text.slice(0, 60)} />}
              </div>
              {l.rationale && <p className="mt-1 text-xs text-stone-500">{l.rationale}</p>}
            </li>
          ))}
        </ol>
        {(after || next) && (
          <nav className="no-print flex gap-4 text-sm" aria-label="Claims pages">
            {after && <Link href={`/topics/${topic.id}`} className="text-indigo-700 hover:underline">First page</Link>}
            {next && <Link href={`/topics/${topic.id}?after=${next}`} className="text-indigo-700 hover:underline" data-testid="topic-next">More claims →</Link>}
          </nav>
        )}
      </section>
      <section className="no-print space-y-2">
        <h2 className="font-semibold">Discussion</h2>
        <CommentThread topicId={topic.id} />
      </section>
    </article>
  );
}
