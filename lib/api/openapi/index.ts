import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registerDocumentRoutes } from './documents.ts';
import { registerClaimRoutes } from './claims.ts';
import { registerQuantityRoutes } from './quantities.ts';
import { registerTopicRoutes } from './topics.ts';
import { registerLinkRoutes } from './links.ts';
import { registerComparisonRoutes, registerSearchRoutes } from './search.ts';
import { registerExportRoutes } from './exports.ts';

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes parse with
// (lib/api/schemas). One registration function per resource; add new resources to this list.
const registrations: ((registry: OpenAPIRegistry) => void)[] = [
  registerDocumentRoutes,
  registerClaimRoutes,
  registerQuantityRoutes,
  registerTopicRoutes,
  registerLinkRoutes,
  registerComparisonRoutes,
  registerSearchRoutes,
  registerExportRoutes,
];

export const API_VERSION = '1.0.0';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

let cached: OpenApiDocument | null = null;

export function buildOpenApiDocument(): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token', description: 'The session cookie of a signed-in user (sign in at /login).' });
  for (const register of registrations) register(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Claimscope API',
      version: API_VERSION,
      description: 'Documents, claims, quantities, topics, claim–topic links, comparisons and search. Errors share one body: { error: { code, message, issues?, current? } }. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }],
  });
}

/** The document is the same for the life of the process. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
