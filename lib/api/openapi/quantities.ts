import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { dataSchema } from '../schemas/common.ts';
import { quantityListQuerySchema, quantityPageSchema, quantitySchema } from '../schemas/claims.ts';
import { errors, idParams, ok, readErrors } from './shared.ts';

export function registerQuantityRoutes(registry: OpenAPIRegistry): void {
  const tags = ['Quantities'];
  const note = 'Quantities belong to their claim: change them with PATCH /api/v1/claims/{id} (quantities), at the claim\'s version.';
  registry.registerPath({
    method: 'get', path: '/api/v1/quantities', tags, summary: 'List quantities',
    description: `A cursor page of the quantities of live claims. Filters: claimId, documentId, unit. ${note}`,
    request: { query: quantityListQuerySchema },
    responses: { 200: ok(quantityPageSchema), ...errors(...readErrors) },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/quantities/{id}', tags, summary: 'Get a quantity', description: note,
    request: { params: idParams('quantity') },
    responses: { 200: ok(dataSchema(quantitySchema)), ...errors(401, 404) },
  });
}
