// Many rows as ONE query parameter: a JSON array that PostgreSQL turns back into rows with
// jsonb_to_recordset. Prisma's createMany spent most of a bulk import's CPU and memory building
// and checking its many-parameter statement (profiled: Prisma client + query compiler + GC ≈ 3/4
// of a worker's time; a 500-document batch held every text several times over).

// A claim's prefix or suffix can end inside a surrogate pair (offsets count UTF-16 units);
// JSON.stringify escapes the lone half, which PostgreSQL's JSON parser refuses, while a query
// parameter would have carried it as U+FFFD. Well-formed strings give both paths the same text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The rows as a JSON array for `jsonb_to_recordset(${asJson(rows)}::jsonb)`; Dates become ISO strings (UTC). */
export const asJson = (rows: unknown[]) => JSON.stringify(rows, (_key, value) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value));

/** True when every row sets only the given columns (the JSON statement lists them; others need createMany). */
export const onlyColumns = (rows: object[], columns: ReadonlySet<string>) => rows.every((r) => Object.keys(r).every((k) => columns.has(k)));
