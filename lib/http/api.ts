import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { Prisma } from '../generated/prisma/client.ts';
import { AppError, httpStatusFor, isAppError } from '../errors.ts';
import { describeIssues, issueList } from '../schemas/safe-text.ts';

// One error body for every REST route: { error: { code, message, issues?, current? } }.
// `issues` names each failing field ({ path: 'title', message }); `current` is the row as it is
// now when an optimistic lock refused a stale version (409).

export type ApiIssue = { path: string; message: string };

type Extras = { current?: unknown; issues?: ApiIssue[] };

function errorBody(code: string, message: string, extra: { issues?: ApiIssue[]; current?: unknown } = {}) {
  return { error: { code, message, ...extra } };
}

export function errorResponse(e: unknown): Response {
  if (e instanceof ZodError) {
    return Response.json(errorBody('BAD_INPUT', `The request is not valid: ${describeIssues(e.issues)}`, { issues: issueList(e.issues) }), { status: 400 });
  }
  if (isAppError(e)) {
    const { current, issues } = e as AppError & Extras;
    return Response.json(errorBody(e.code, e.userMessage, { ...(issues && { issues }), ...(current !== undefined && { current }) }), { status: httpStatusFor[e.code] });
  }
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
    return Response.json(errorBody('CONFLICT', 'That already exists.'), { status: 409 });
  }
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2025') {
    return Response.json(errorBody('NOT_FOUND', 'Not found.'), { status: 404 });
  }
  const requestId = randomUUID();
  console.error(`[${requestId}]`, e);
  return Response.json(errorBody('INTERNAL', `Something went wrong (request ${requestId}).`), { status: 500 });
}

/** Wraps a route handler so thrown AppErrors / ZodErrors become the standard error body. */
export function withApi<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

/** Result shape for server actions: never throw raw errors into the client. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: string; error: string; current?: unknown };

export function actionError(e: unknown): ActionResult<never> {
  if (isAppError(e)) return { ok: false, code: e.code, error: e.userMessage, current: (e as AppError & { current?: unknown }).current };
  if (e instanceof ZodError) return { ok: false, code: 'BAD_INPUT', error: describeIssues(e.issues) };
  const requestId = randomUUID();
  console.error(`[${requestId}]`, e);
  return { ok: false, code: 'INTERNAL', error: `Something went wrong (request ${requestId}).` };
}
