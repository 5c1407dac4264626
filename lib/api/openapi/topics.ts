import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { dataSchema, versionQuerySchema } from '../schemas/common.ts';
import { createTopicBodySchema, topicDeleteResultSchema, topicListQuerySchema, topicPageSchema, topicSchema, updateTopicBodySchema } from '../schemas/topics.ts';
import { errors, idParams, jsonBody, ok, readErrors, writeErrors } from './shared.ts';

export function registerTopicRoutes(registry: OpenAPIRegistry): void {
  const tags = ['Topics'];
  registry.registerPath({
    method: 'get', path: '/api/v1/topics', tags, summary: 'List topics',
    description: 'A cursor page of topics. Filter: kind (an automatic kind, or human).',
    request: { query: topicListQuerySchema },
    responses: { 200: ok(topicPageSchema), ...errors(...readErrors) },
  });
  registry.registerPath({
    method: 'post', path: '/api/v1/topics', tags, summary: 'Create a topic', description: 'Editor and up.',
    request: { body: jsonBody(createTopicBodySchema) },
    responses: { 201: ok(dataSchema(topicSchema), 'Created'), ...errors(...writeErrors) },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/topics/{id}', tags, summary: 'Get a topic',
    request: { params: idParams('topic') },
    responses: { 200: ok(dataSchema(topicSchema)), ...errors(401, 404) },
  });
  registry.registerPath({
    method: 'patch', path: '/api/v1/topics/{id}', tags, summary: 'Rename a topic',
    description: 'Label and question at the version you last saw. Editor and up.',
    request: { params: idParams('topic'), body: jsonBody(updateTopicBodySchema) },
    responses: { 200: ok(dataSchema(topicSchema)), ...errors(...writeErrors, 404, 409) },
  });
  registry.registerPath({
    method: 'delete', path: '/api/v1/topics/{id}', tags, summary: 'Delete a topic and its links',
    description: 'The claims stay. Editor and up.',
    request: { params: idParams('topic'), query: versionQuerySchema },
    responses: { 200: ok(dataSchema(topicDeleteResultSchema)), ...errors(400, 401, 403, 404, 409) },
  });
}
