import { openApiDocument } from '@/lib/api/openapi';

// The OpenAPI 3.1 document of /api/v1. Public: it describes the API and holds no data (docs/api.md).

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
}
