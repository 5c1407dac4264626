import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { dataSchema, versionQuerySchema } from '../schemas/common.ts';
import { createDocumentBodySchema, createDocumentResultSchema, documentDetailSchema, documentListQuerySchema, documentPageSchema, updateDocumentBodySchema } from '../schemas/documents.ts';
import { errors, idParams, jsonBody, ok, readErrors, writeErrors } from './shared.ts';
import { z } from 'zod';

export function registerDocumentRoutes(registry: OpenAPIRegistry): void {
  const tags = ['Documents'];
  registry.registerPath({
    method: 'get', path: '/api/v1/documents', tags, summary: 'List documents',
    description: 'A cursor page of documents, without their text. Filters: language, source (outlet name), kind.',
    request: { query: documentListQuerySchema },
    responses: { 200: ok(documentPageSchema), ...errors(...readErrors) },
  });
  registry.registerPath({
    method: 'post', path: '/api/v1/documents', tags, summary: 'Import a text document',
    description: 'Claims are extracted like a CLI import. The same text again is not stored twice: 200 with the existing id and status unchanged. Annotator and up.',
    request: { body: jsonBody(createDocumentBodySchema) },
    responses: { 201: ok(dataSchema(createDocumentResultSchema), 'Created'), 200: ok(dataSchema(createDocumentResultSchema), 'Unchanged: the text was already imported'), ...errors(...writeErrors) },
  });
  registry.registerPath({
    method: 'get', path: '/api/v1/documents/{id}', tags, summary: 'Get a document with its text',
    request: { params: idParams('document') },
    responses: { 200: ok(dataSchema(documentDetailSchema)), ...errors(401, 404) },
  });
  registry.registerPath({
    method: 'patch', path: '/api/v1/documents/{id}', tags, summary: 'Edit a document\'s metadata',
    description: 'At the version you last saw (optimistic lock). Editor and up.',
    request: { params: idParams('document'), body: jsonBody(updateDocumentBodySchema) },
    responses: { 200: ok(dataSchema(documentDetailSchema)), ...errors(...writeErrors, 404, 409) },
  });
  registry.registerPath({
    method: 'delete', path: '/api/v1/documents/{id}', tags, summary: 'Delete a document with its claims and links',
    description: 'Editor and up.',
    request: { params: idParams('document'), query: versionQuerySchema },
    responses: { 200: ok(dataSchema(z.object({ id: z.string() }))), ...errors(400, 401, 403, 404, 409) },
  });
}
