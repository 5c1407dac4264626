import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { comparisonQueryDocSchema, comparisonResponseSchema, searchQueryDocSchema, searchResponseSchema } from '../schemas/search.ts';
import { errors, ok } from './shared.ts';

export function registerSearchRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get', path: '/api/v1/search', tags: ['Search'], summary: 'Search claims and documents',
    description: 'Full text with filters and facets (docs/search.md); offset paging.',
    request: { query: searchQueryDocSchema },
    responses: { 200: ok(searchResponseSchema), ...errors(400, 401) },
  });
}

export function registerComparisonRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get', path: '/api/v1/comparisons', tags: ['Comparisons'], summary: 'Compare 2–6 documents',
    description: 'Suggests topics for the set first when its claims changed, like the compare page.',
    request: { query: comparisonQueryDocSchema },
    responses: { 200: ok(comparisonResponseSchema), ...errors(400, 401, 404) },
  });
}
