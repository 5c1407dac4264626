import { z } from 'zod';
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT, SEARCH_MAX_OFFSET, searchSortSchema, searchTypeSchema } from '../../schemas/search.ts';
import { claimKindSchema, claimStatusSchema, stanceSchema } from '../../schemas/claim.ts';
import { languageSchema } from '../../schemas/document.ts';

// REST shapes of GET /api/v1/search and GET /api/v1/comparisons. Their inputs are parsed by
// lib/schemas/search.ts and compareIdsParamSchema (they take strings from the URL); these
// describe the same parameters and the answers for the OpenAPI document.

const date = z.string().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' });

export const searchQueryDocSchema = z.object({
  q: z.string().max(200).optional().meta({ description: 'Words to find; a query or at least one filter is required.' }),
  type: searchTypeSchema.optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
  language: languageSchema.optional(),
  kind: claimKindSchema.optional(),
  stance: stanceSchema.optional(),
  topic: z.string().optional(),
  speaker: z.string().optional(),
  status: claimStatusSchema.optional(),
  sort: searchSortSchema.optional(),
  limit: z.number().int().min(1).max(SEARCH_MAX_LIMIT).default(SEARCH_DEFAULT_LIMIT).optional(),
  offset: z.number().int().min(0).max(SEARCH_MAX_OFFSET).default(0).optional(),
});

export const searchResultSchema = z
  .object({
    type: z.enum(['claim', 'document']),
    id: z.string(),
    documentId: z.string(),
    text: z.string(),
    snippet: z.string(),
    score: z.number(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).meta({ description: '[start, end) offsets in snippet.' }),
    title: z.string(),
    speaker: z.string().nullable(),
    kind: z.string().nullable(),
    status: z.string().nullable(),
    language: z.string(),
    source: z.string().nullable(),
    published: z.string().nullable(),
    href: z.string(),
  })
  .meta({ id: 'SearchResult' });

export const searchResponseSchema = z
  .object({
    data: z.object({
      total: z.number().int(),
      results: z.array(searchResultSchema),
      facets: z.record(z.string(), z.record(z.string(), z.number().int())),
    }),
  })
  .meta({ id: 'SearchResponse' });

export const comparisonQueryDocSchema = z.object({
  ids: z.string().meta({ description: '2 to 6 document ids, comma-separated.', example: 'docA,docB' }),
});

export const comparisonResponseSchema = z
  .object({ data: z.looseObject({}).meta({ description: 'For two documents the pair view (claims, pairs and topics); for more the comparison table.' }) })
  .meta({ id: 'ComparisonResponse' });
