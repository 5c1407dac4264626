import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { dataSchema, versionQuerySchema } from '../schemas/common.ts';
import { createLinkBodySchema, linkDeleteResultSchema, linkListQuerySchema, linkPageSchema, linkSchema, updateLinkBodySchema } from '../schemas/topics.ts';
import { errors, idParams, jsonBody, ok, readErrors, writeErrors } from './shared.ts';

export function registerLinkRoutes(registry: OpenAPIRegistry): void {
  const tags = ['Claim–topic links'];
  registry.registerPath({
    method: 'get', path: '/api/v1/links', tags, summary: 'List claim–topic links',
    description: 'A cursor page of the links of live claims. Filters: topicId, claimId, status.',
    request: { query: linkListQuerySchema },
    responses: { 200: ok(linkPageSchema), ...errors(...readErrors) },
  });
  registry.registerPath({
    method: 'post', path: '/api/v1/links', tags, summary: 'Link a claim to a topic',
    description: 'With a stance; on an existing link this changes the stance and sends it back to review. Annotators link their own claims; editors any.',
    request: { body: jsonBody(createLinkBodySchema) },
    responses: { 201: ok(dataSchema(linkSchema), 'Linked'), ...errors(...writeErrors, 404) },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/links/{id}', tags, summary: 'Get a claim–topic link',
    request: { params: idParams('link') },
    responses: { 200: ok(dataSchema(linkSchema)), ...errors(401, 404) },
  });
  registry.registerPath({
    method: 'patch', path: '/api/v1/links/{id}', tags, summary: 'Review a claim–topic link',
    description: 'Sets its status at the version you last saw. Editor and up.',
    request: { params: idParams('link'), body: jsonBody(updateLinkBodySchema) },
    responses: { 200: ok(dataSchema(linkSchema)), ...errors(...writeErrors, 404, 409) },
  });
  registry.registerPath({
    method: 'delete', path: '/api/v1/links/{id}', tags, summary: 'Remove a claim–topic link',
    request: { params: idParams('link'), query: versionQuerySchema },
    responses: { 200: ok(dataSchema(linkDeleteResultSchema)), ...errors(400, 401, 403, 404, 409) },
  });
}
