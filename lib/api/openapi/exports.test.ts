import { describe, expect, it } from 'vitest';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { Validator } from '@seriousme/openapi-schema-validator';
import { registerExportRoutes } from './exports.ts';

describe('registerExportRoutes', () => {
  it('describes GET /api/v1/exports in a valid OpenAPI 3.1 document', async () => {
    const registry = new OpenAPIRegistry();
    registerExportRoutes(registry);
    const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 'Claimscope', version: '1' } });
    const op = doc.paths!['/api/v1/exports'].get!;
    expect(op.parameters!.map((p) => ('name' in p ? p.name : ''))).toEqual(['format', 'document', 'topic', 'compare']);
    expect(Object.keys((op.responses!['200'] as { content: object }).content)).toEqual(['application/ld+json', 'text/csv', 'application/x-ndjson']);
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
