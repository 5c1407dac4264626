import { AppError } from '../errors.ts';

// Reading a JSON request body for REST writes: 415 unless it is declared JSON, 413 past the
// limit (declared or actual length), 400 when it does not parse. Nothing is read twice.

/** Bodies of REST writes, documents' text included; the import's own limit applies after. */
export const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

function isJsonType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

type Options = { maxBytes?: number; invalid?: 'refuse' | 'empty' };

/** The parsed body; `invalid: 'empty'` keeps the older claim route's "unparsable is {}". */
export async function readJsonBody(request: Request, { maxBytes = MAX_JSON_BODY_BYTES, invalid = 'refuse' }: Options = {}): Promise<unknown> {
  if (!isJsonType(request.headers.get('content-type'))) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON (Content-Type: application/json).');
  }
  const tooLarge = new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    if (invalid === 'empty') return {};
    throw new AppError('BAD_INPUT', 'The body is not valid JSON.');
  }
}

/** A JSON object body (arrays and scalars are refused with 400). */
export async function readJsonObject(request: Request, options?: Options): Promise<Record<string, unknown>> {
  const body = await readJsonBody(request, options);
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    if (options?.invalid === 'empty') return {};
    throw new AppError('BAD_INPUT', 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Cookie-authenticated writes must come from our own pages: refuse cross-site Origins. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && originHost(origin) !== host) throw new AppError('FORBIDDEN', 'Cross-site requests are not allowed.');
}
