import { z } from 'zod';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { SchemaObject } from 'openapi3-ts/oas31';
import { EXPORT_FORMATS } from '../../exports/scope.ts';
import { CSV_COLUMNS } from '../../exports/csv.ts';

// The export route in the OpenAPI document: GET /api/v1/exports (app/api/v1/exports/route.ts).

const query = z.object({
  format: z.enum(EXPORT_FORMATS).describe('claimreview: schema.org ClaimReview JSON-LD array; webannotation: W3C AnnotationCollection; csv: one row per claim × topic; backup: JSON lines (admin only)'),
  document: z.string().optional().describe('only this document (id)'),
  topic: z.string().optional().describe('only the claims linked to this topic (id)'),
  compare: z.string().optional().describe('the two documents of a comparison: A,B'),
});

const errorBody: SchemaObject = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

const claimReview: SchemaObject = {
  type: 'array',
  items: {
    type: 'object',
    required: ['@context', '@type', 'claimReviewed', 'itemReviewed', 'author', 'url'],
    properties: {
      '@context': { const: 'https://schema.org' },
      '@type': { const: 'ClaimReview' },
      claimReviewed: { type: 'string' },
      url: { type: 'string' },
      datePublished: { type: 'string' },
      author: { type: 'object' },
      itemReviewed: { type: 'object', description: '{@type Claim, author, datePublished, appearance {@type NewsArticle|CreativeWork, url, headline, publisher}}' },
      reviewRating: { type: 'object', description: '{@type Rating, ratingValue 1–5, bestRating 5, worstRating 1, alternateName}; only where an editor rated the claim' },
    },
  },
};

const annotationCollection: SchemaObject = {
  type: 'object',
  required: ['@context', 'type', 'total', 'first'],
  properties: {
    '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
    type: { const: 'AnnotationCollection' },
    total: { type: 'integer' },
    first: { type: 'object', description: 'AnnotationPage with items: Annotations whose target has a TextQuoteSelector and a TextPositionSelector on the document text' },
  },
};

const error = (description: string) => ({ description, content: { 'application/json': { schema: errorBody } } });

export function registerExportRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/exports',
    tags: ['exports'],
    summary: 'Export claims (ClaimReview, Web Annotation, CSV) or a full backup',
    description: 'At most one of document, topic and compare; none exports everything. A backup is always of everything and needs the admin role. See docs/exports.md.',
    request: { query },
    responses: {
      200: {
        description: 'The export, as an attachment (Content-Disposition).',
        content: {
          'application/ld+json': { schema: { oneOf: [claimReview, annotationCollection] } },
          'text/csv': { schema: { type: 'string', description: `UTF-8, header row: ${CSV_COLUMNS.join(',')}` } },
          'application/x-ndjson': { schema: { type: 'string', description: 'JSON lines: a header {"type":"header","format":"claimscope-backup","version":1,…} then one row per line' } },
        },
      },
      400: error('Bad format or scope'),
      401: error('Not signed in'),
      403: error('A backup by a non-admin'),
      404: error('Unknown document or topic'),
    },
  });
}
