import { getSessionUser } from '@/lib/auth/auth';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { withApi } from '@/lib/http/api';
import { revealedResults } from '@/lib/services/teaching/exercise-results';
import { resultsCsv } from '@/lib/services/teaching/results-csv';
import { comparisonCsv } from '@/lib/services/teaching/comparison-csv';

// GET /exercises/{id}/results/csv: the teacher's results table as CSV (after the reveal only).
export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await getSessionUser(request.headers);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  const found = await revealedResults(await getPrisma(), user, (await params).id);
  const { results } = found;
  return new Response(found.mode === 'compare' ? comparisonCsv(found.results) : resultsCsv(found.results), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="results-${results.exerciseId}.csv"`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
});
