import { z } from 'zod';
import type { ResponseConfig, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { errorSchema } from '../schemas/common.ts';

// Small builders so each resource's registration reads as a list of routes.

export function jsonBody(schema: z.ZodType, description?: string): NonNullable<RouteConfig['request']>['body'] {
  return { required: true, description, content: { 'application/json': { schema } } };
}

export function ok(schema: z.ZodType, description = 'OK'): ResponseConfig {
  return { description, content: { 'application/json': { schema } } };
}

const errorText: Record<number, string> = {
  400: 'Bad input: error.issues names each failing field.',
  401: 'Not signed in.',
  403: 'The role does not allow this, or a cross-site request.',
  404: 'No such resource.',
  409: 'Stale version: error.current holds the row as it is now.',
  413: 'The body is larger than the limit.',
  415: 'The body is not declared as JSON.',
};

/** The standard error responses, all with the one error body. */
export function errors(...statuses: number[]): Record<number, ResponseConfig> {
  return Object.fromEntries(statuses.map((s) => [s, { description: errorText[s] ?? 'Error', content: { 'application/json': { schema: errorSchema } } }]));
}

/** The error responses every read / write route can give. */
export const readErrors = [400, 401] as const;
export const writeErrors = [400, 401, 403, 413, 415] as const;

export const idParams = (what: string) => z.object({ id: z.string().meta({ description: `The ${what} id.` }) });
