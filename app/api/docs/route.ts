import { openApiDocument } from '@/lib/api/openapi';
import { renderReferenceHtml } from '@/lib/api/openapi/reference-html';

// The API reference page, rendered here from the OpenAPI document (no scripts, all text escaped).
// Public, like /api/openapi.json.

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response(renderReferenceHtml(openApiDocument()), { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
