import type { Command } from 'commander';
import { getDb } from '../database.ts';
import type { SearchOutcome } from '../../lib/services/search.ts';

type Flags = {
  json?: boolean;
  type?: string;
  source?: string;
  author?: string;
  from?: string;
  to?: string;
  lang?: string;
  kind?: string;
  stance?: string;
  topic?: string;
  speaker?: string;
  status?: string;
  sort?: string;
  limit?: string;
  offset?: string;
};

/** The snippet with its highlights between » and «, for a terminal. */
function markSnippet(snippet: string, highlights: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of highlights) {
    out += `${snippet.slice(at, s)}»${snippet.slice(s, e)}«`;
    at = e;
  }
  return out + snippet.slice(at);
}

function printOutcome(r: SearchOutcome) {
  const { offset } = r.query;
  console.log(r.total === 0 ? 'No matches.' : `${r.total} match(es); showing ${offset + 1}–${offset + r.results.length}`);
  for (const x of r.results) {
    const meta = [x.type, x.published ?? 'undated', x.language, x.kind, x.source].filter(Boolean).join('  ');
    console.log(`\n${x.score.toFixed(3)}  ${meta}  ${x.documentId}${x.type === 'claim' ? `#${x.id}` : ''}`);
    console.log(`  ${x.type === 'claim' ? `${x.speaker ? `${x.speaker}: ` : ''}` : `${x.title} — `}${markSnippet(x.snippet, x.highlights)}`);
  }
  const facets = Object.entries(r.facets)
    .filter(([, counts]) => Object.keys(counts).length > 0)
    .map(([name, counts]) => `${name}: ${Object.entries(counts).map(([v, n]) => `${v} ${n}`).join(', ')}`);
  if (facets.length) console.log(`\n${facets.join('\n')}`);
}

export function registerSearch(program: Command) {
  program
    .command('search')
    .description('search claims and documents (German and English stemming, misspelt names, filters)')
    .argument('[query]', 'words to find ("a phrase", -word, this or that); optional with a filter')
    .option('--type <type>', 'claim | document')
    .option('--source <name>', 'outlet name')
    .option('--author <name>', 'document author (part of the name, or a near spelling)')
    .option('--from <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--lang <lang>', 'de | en')
    .option('--kind <kind>', 'claim kind: quote | reported | factual | evaluative | prediction')
    .option('--stance <stance>', 'stance of a topic link: supports | opposes | neutral | mixed')
    .option('--topic <id>', 'claims linked to this topic')
    .option('--speaker <name>', 'speaker (part of the name, or a near spelling)')
    .option('--status <status>', 'claim status: suggested | accepted | rejected | disputed')
    .option('--sort <sort>', 'relevance | date', 'relevance')
    .option('--limit <n>', 'results per page (at most 100)', '20')
    .option('--offset <n>', 'skip this many results', '0')
    .option('--json', 'print JSON { total, results, facets }')
    .action(async (query: string | undefined, flags: Flags) => {
      const { searchClaimsAndDocuments, toSearchJson } = await import('../../lib/services/search.ts');
      const { lang, json: _json, ...filters } = flags;
      const outcome = await searchClaimsAndDocuments(await getDb(), { ...filters, q: query, language: lang });
      if (flags.json) return console.log(JSON.stringify(toSearchJson(outcome), null, 2));
      printOutcome(outcome);
    });
}
