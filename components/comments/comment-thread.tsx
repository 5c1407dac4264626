'use client';

import { useEffect, useState, useTransition } from 'react';
import { createCommentAction } from '@/lib/actions/claims';
import { loadCommentsAction, type CommentView } from '@/lib/actions/comments';

type Target = { claimId: string; topicId?: never } | { topicId: string; claimId?: never };

/** A comment thread on a claim or a topic. Loads itself, so any page can drop it in. */
export function CommentThread(target: Target) {
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [canComment, setCanComment] = useState(false);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const key = target.claimId ? { claimId: target.claimId } : { topicId: target.topicId! };
  const keyString = JSON.stringify(key);

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void loadCommentsAction(JSON.parse(keyString)).then((r) => {
      if (!live) return;
      if (r.ok) {
        setComments(r.data.comments);
        setCanComment(r.data.canComment);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [keyString, reloads]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const r = await createCommentAction({ ...key, body });
      if (!r.ok) return setError(r.error);
      setBody('');
      setError(null);
      setReloads((n) => n + 1);
    });
  };

  return (
    <section aria-label="Comments" className="space-y-2" data-testid="comment-thread">
      <h3 className="text-sm font-semibold">Comments</h3>
      {comments === null ? (
        <p className="text-xs text-stone-500">Loading…</p>
      ) : comments.length === 0 ? (
        <p className="text-xs text-stone-500">No comments yet.</p>
      ) : (
        <ul className="space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 bg-stone-50 p-2 text-sm">
              <p className="whitespace-pre-line break-words">{c.body}</p>
              <p className="mt-1 text-xs text-stone-500">
                {c.author} · <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString('en-GB')}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form onSubmit={submit} className="space-y-1">
          <label className="block text-xs text-stone-600">
            Add a comment
            <textarea value={body} onChange={(e) => setBody(e.target.value)} required maxLength={4000} rows={2} className="mt-1 w-full rounded border border-stone-300 p-1.5 text-sm" />
          </label>
          <button type="submit" disabled={pending || !body.trim()} className="rounded bg-stone-800 px-3 py-1 text-xs text-white disabled:opacity-50">
            Post comment
          </button>
        </form>
      )}
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </section>
  );
}
