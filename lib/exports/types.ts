// The plain data every export builder reads: documents with their claims and topic links, as
// loaded by lib/services/export-data.ts. No Prisma types here, so the builders test without a DB.

export type ExportLink = { topicId: string; topicLabel: string; stance: string; status: string; origin: string };

export type ExportClaim = {
  id: string;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  kind: string;
  voice: string;
  speaker: string | null;
  hedged: boolean;
  negated: boolean;
  checkworthiness: number;
  origin: string;
  status: string;
  /** The quote was not found after the document's text changed: its offsets are stale. */
  orphaned: boolean;
  rating: number | null;
  ratingLabel: string | null;
  /** Display name of the editor who rated the claim. */
  ratedBy: string | null;
  ratedAt: Date | null;
  /** Display name of the human who created the claim (null for automatic claims). */
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  links: ExportLink[];
};

export type ExportDocument = {
  id: string;
  title: string;
  authors: string[];
  url: string | null;
  outlet: string | null;
  outletUrl: string | null;
  language: string;
  kind: string;
  publishedAt: Date | null;
  text: string;
  claims: ExportClaim[];
};

export type ExportOptions = {
  /** Where the app is served (links to claims and documents); no trailing slash. */
  baseUrl: string;
  /** Name of the reviewing organisation for unrated claims. */
  appName: string;
};

/** Our identifier of a document for annotation targets when it has no URL of its own. */
export function documentUrn(id: string): string {
  return `urn:claimscope:document:${id}`;
}

export function claimUrl(options: ExportOptions, documentId: string, claimId: string): string {
  return `${options.baseUrl}/documents/${encodeURIComponent(documentId)}#claim-${encodeURIComponent(claimId)}`;
}

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
