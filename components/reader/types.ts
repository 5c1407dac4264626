// What the reader receives from the page: plain, serializable data (no Dates, no Prisma types).
import type { Role } from '@/lib/auth/roles';

export type ClaimKind = 'quote' | 'reported' | 'factual' | 'evaluative' | 'prediction';
export type ClaimStatus = 'suggested' | 'accepted' | 'rejected' | 'disputed';
export type Stance = 'supports' | 'opposes' | 'neutral' | 'mixed';

export type ReaderTopicLink = { id: string; topicId: string; label: string; stance: Stance; status: ClaimStatus; version: number };

export type ReaderClaimView = {
  id: string;
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  speaker: string | null;
  cue: string | null;
  hedged: boolean;
  hedgeCue: string | null;
  negated: boolean;
  reason: string[];
  origin: 'auto' | 'human';
  status: ClaimStatus;
  orphaned: boolean;
  /** An editor's verdict 1–5 and its label (exported as a ClaimReview rating). */
  rating: number | null;
  ratingLabel: string | null;
  deleted: boolean;
  version: number;
  createdById: string | null;
  createdBy: string | null;
  assignee: string | null;
  quantities: { text: string; value: number; unit: string | null }[];
  topics: ReaderTopicLink[];
};

export type ReaderUser = { id: string; role: Role } | null;
export type TopicOption = { id: string; label: string };
