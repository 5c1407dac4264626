import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { dataSchema } from '../schemas/common.ts';
import { claimListQuerySchema, claimPageSchema, claimRefResultSchema, claimSchema, createClaimBodySchema, updateClaimBodySchema } from '../schemas/claims.ts';
import { versionQuerySchema } from '../schemas/common.ts';
import { errors, idParams, jsonBody, ok, readErrors, writeErrors } from './shared.ts';

export function registerClaimRoutes(registry: OpenAPIRegistry): void {
  const tags = ['Claims'];
  registry.registerPath({
    method: 'get', path: '/api/v1/claims', tags, summary: 'List claims',
    description: 'A cursor page of claims with their quantities and topic links. Filters: documentId, kind, status, speaker, deleted.',
    request: { query: claimListQuerySchema },
    responses: { 200: ok(claimPageSchema), ...errors(...readErrors) },
  });
  registry.registerPath({
    method: 'post', path: '/api/v1/claims', tags, summary: 'Mark a claim',
    description: 'By its span [start, end) in the document text. Annotator and up.',
    request: { body: jsonBody(createClaimBodySchema) },
    responses: { 201: ok(dataSchema(claimSchema), 'Created'), ...errors(...writeErrors, 404) },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/claims/{id}', tags, summary: 'Get a claim',
    request: { params: idParams('claim') },
    responses: { 200: ok(dataSchema(claimSchema)), ...errors(401, 404) },
  });
  registry.registerPath({
    method: 'patch', path: '/api/v1/claims/{id}', tags, summary: 'Edit a claim',
    description: 'Span, kind, speaker, cue or quantities, at the version you last saw. Annotators edit their own claims; editors any.',
    request: { params: idParams('claim'), body: jsonBody(updateClaimBodySchema) },
    responses: { 200: ok(dataSchema(claimRefResultSchema)), ...errors(...writeErrors, 404, 409) },
  });
  registry.registerPath({
    method: 'delete', path: '/api/v1/claims/{id}', tags, summary: 'Soft-delete a claim',
    description: 'It can be restored in the UI; its history stays.',
    request: { params: idParams('claim'), query: versionQuerySchema },
    responses: { 200: ok(dataSchema(claimRefResultSchema)), ...errors(400, 401, 403, 404, 409) },
  });
}
