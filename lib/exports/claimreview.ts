import { claimUrl, iso, type ExportClaim, type ExportDocument, type ExportOptions } from './types.ts';

// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), one object per claim.
// reviewRating only where an editor rated the claim; the review's author is that editor, else
// the app as an organisation.

export const RATING_SCALE = { best: 5, worst: 1 } as const;

type Thing = Record<string, unknown>;

/** The claim's author: its speaker when it has one, else the document's authors, else its outlet. */
function claimAuthor(doc: ExportDocument, claim: ExportClaim): Thing | Thing[] | undefined {
  if (claim.speaker) return { '@type': 'Person', name: claim.speaker };
  if (doc.authors.length === 1) return { '@type': 'Person', name: doc.authors[0] };
  if (doc.authors.length > 1) return doc.authors.map((name) => ({ '@type': 'Person', name }));
  if (doc.outlet) return { '@type': 'Organization', name: doc.outlet };
  return undefined;
}

function appearance(doc: ExportDocument, options: ExportOptions): Thing {
  const news = doc.kind === 'article' || doc.kind === 'commentary' || doc.kind === 'analysis' || doc.kind === 'interview';
  return compact({
    '@type': news ? 'NewsArticle' : 'CreativeWork',
    url: doc.url ?? `${options.baseUrl}/documents/${encodeURIComponent(doc.id)}`,
    headline: doc.title,
    datePublished: iso(doc.publishedAt),
    inLanguage: doc.language,
    author: doc.authors.length ? doc.authors.map((name) => ({ '@type': 'Person', name })) : undefined,
    publisher: doc.outlet ? compact({ '@type': 'Organization', name: doc.outlet, url: doc.outletUrl }) : undefined,
  });
}

/** Drops null and undefined properties (JSON-LD has no use for them). */
function compact(o: Thing): Thing {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

export function claimReview(doc: ExportDocument, claim: ExportClaim, options: ExportOptions): Thing {
  const rated = claim.rating !== null;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl(options, doc.id, claim.id),
    claimReviewed: claim.text,
    datePublished: iso(rated ? (claim.ratedAt ?? claim.updatedAt) : claim.updatedAt),
    author: rated && claim.ratedBy ? { '@type': 'Person', name: claim.ratedBy } : { '@type': 'Organization', name: options.appName, url: options.baseUrl },
    itemReviewed: compact({
      '@type': 'Claim',
      author: claimAuthor(doc, claim),
      datePublished: iso(doc.publishedAt),
      appearance: appearance(doc, options),
    }),
    reviewRating: rated
      ? compact({
          '@type': 'Rating',
          ratingValue: claim.rating,
          bestRating: RATING_SCALE.best,
          worstRating: RATING_SCALE.worst,
          alternateName: claim.ratingLabel,
        })
      : undefined,
  });
}

export function claimReviews(documents: ExportDocument[], options: ExportOptions): Thing[] {
  return documents.flatMap((doc) => doc.claims.map((claim) => claimReview(doc, claim, options)));
}
