import type { OpenApiDocument } from './index.ts';

// The /api/docs reference page, rendered on the server from the OpenAPI document: every path
// and method with its summary, parameters, request body and responses, and the named schemas.
// No script at all (the CSP allows none without a nonce) and every text escaped.

type Json = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const refName = (ref: string) => ref.split('/').pop() ?? ref;
const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A one-line type: `string (≤ 500)`, `Claim[]`, `"a" | "b"`, with a link for named schemas. */
export function typeLabel(schema: unknown): string {
  if (!isObj(schema)) return 'any';
  if (typeof schema.$ref === 'string') return `<a href="#${anchor(refName(schema.$ref))}">${escapeHtml(refName(schema.$ref))}</a>`;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => escapeHtml(JSON.stringify(v))).join(' | ');
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(schema[key])) return (schema[key] as unknown[]).map(typeLabel).join(key === 'allOf' ? ' &amp; ' : ' | ');
  }
  if (isObj(schema.properties) && Object.keys(schema.properties).length <= 3) {
    return `{ ${Object.entries(schema.properties).map(([k, v]) => `${escapeHtml(k)}: ${typeLabel(v)}`).join(', ')} }`;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [String(schema.type)] : [];
  const base = types.map((t) => (t === 'array' ? `${typeLabel(schema.items)}[]` : escapeHtml(t))).join(' | ') || 'any';
  const limits = [
    schema.minLength !== undefined && `≥ ${schema.minLength} chars`,
    schema.maxLength !== undefined && `≤ ${schema.maxLength} chars`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
    schema.maxItems !== undefined && `≤ ${schema.maxItems} items`,
    schema.format !== undefined && String(schema.format),
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`,
  ].filter(Boolean);
  return limits.length ? `${base} <span class="muted">(${escapeHtml(limits.join(', '))})</span>` : base;
}

function propertiesTable(schema: unknown): string {
  if (!isObj(schema) || !isObj(schema.properties)) return `<p><code>${typeLabel(schema)}</code></p>`;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const rows = Object.entries(schema.properties).map(([name, prop]) => {
    const desc = isObj(prop) && prop.description ? escapeHtml(prop.description) : '';
    return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}</td><td><code>${typeLabel(prop)}</code></td><td>${desc}</td></tr>`;
  });
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function parametersTable(params: unknown): string {
  if (!Array.isArray(params) || params.length === 0) return '';
  const rows = params.filter(isObj).map((p) => {
    const desc = p.description ?? (isObj(p.schema) ? p.schema.description : '') ?? '';
    return `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${escapeHtml(p.in)}</td><td><code>${typeLabel(p.schema)}</code></td><td>${escapeHtml(desc)}</td></tr>`;
  });
  return `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function jsonSchemaOf(content: unknown): unknown {
  return isObj(content) && isObj(content['application/json']) ? content['application/json'].schema : undefined;
}

/** A named schema's own definition, so a request body shows its fields in place. */
function resolve(schema: unknown, named: Json): unknown {
  return isObj(schema) && typeof schema.$ref === 'string' ? (named[refName(schema.$ref)] ?? schema) : schema;
}

function operationHtml(path: string, method: string, op: Json, named: Json): string {
  const bodySchema = isObj(op.requestBody) ? jsonSchemaOf(op.requestBody.content) : undefined;
  const body = bodySchema ? `<h4>Request body (application/json): <code>${typeLabel(bodySchema)}</code></h4>${propertiesTable(resolve(bodySchema, named))}` : '';
  const responses = isObj(op.responses)
    ? Object.entries(op.responses).map(([status, r]) => {
        const schema = isObj(r) ? jsonSchemaOf(r.content) : undefined;
        return `<tr><td><code>${escapeHtml(status)}</code></td><td>${isObj(r) ? escapeHtml(r.description ?? '') : ''}</td><td>${schema ? `<code>${typeLabel(schema)}</code>` : ''}</td></tr>`;
      })
    : [];
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return `<section class="op" id="${escapeHtml(id)}"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p><strong>${escapeHtml(op.summary ?? '')}</strong></p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${parametersTable(op.parameters)}${body}<h4>Responses</h4><table><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>${responses.join('')}</tbody></table></section>`;
}

const styles = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1.5rem;color:#1f2937}
code{font:13px ui-monospace,monospace}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #e5e7eb;padding:.3rem .5rem;text-align:left;vertical-align:top}
.op{border-top:1px solid #d1d5db;padding-top:.5rem;margin-top:1.5rem}.method{display:inline-block;min-width:4.5rem;font-size:13px;padding:.1rem .4rem;border-radius:.25rem;background:#e5e7eb}
.get{background:#dbeafe}.post{background:#dcfce7}.patch{background:#fef9c3}.put{background:#fef9c3}.delete{background:#fee2e2}.req{color:#b91c1c;font-size:12px}.muted{color:#6b7280}
nav ul{columns:2}a{color:#1d4ed8}`;

export function renderReferenceHtml(doc: OpenApiDocument): string {
  const ops: string[] = [];
  const toc: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Json)[method];
      if (!isObj(op)) continue;
      ops.push(operationHtml(path, method, op, (doc.components?.schemas ?? {}) as Json));
      toc.push(`<li><a href="#${escapeHtml(`${method}-${path}`.replace(/[^A-Za-z0-9_-]/g, '-'))}">${method.toUpperCase()} ${escapeHtml(path)}</a> ${escapeHtml(op.summary ?? '')}</li>`);
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {}).map(([name, s]) => `<section id="${anchor(name)}"><h3>${escapeHtml(name)}</h3>${propertiesTable(s)}</section>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escapeHtml(doc.info.title)} reference</title><style>${styles}</style></head><body>
<h1>${escapeHtml(doc.info.title)} <span class="muted">${escapeHtml(doc.info.version)}</span></h1>
<p>${escapeHtml(doc.info.description ?? '')}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}).</p>
<nav><h2>Endpoints</h2><ul>${toc.join('')}</ul></nav><main><h2>Endpoints</h2>${ops.join('\n')}<h2>Schemas</h2>${schemas.join('\n')}</main></body></html>`;
}
