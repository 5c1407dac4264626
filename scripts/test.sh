#!/usr/bin/env bash
# npm test: typecheck, lint, unit, integration (embedded + TEST_DATABASE_URL), build, end-to-end.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
step() { printf '\n=== %s ===\n' "$1"; }

step "prisma client"; node scripts/generate-prisma.mjs >/dev/null
step "typecheck"; npx tsc --noEmit
step "lint"; npx eslint . --max-warnings=0
step "unit tests"; npx vitest run --project unit
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "integration tests (embedded PGlite + PostgreSQL at ${TEST_DATABASE_URL%%\?*})"
else
  step "integration tests (embedded PGlite; set TEST_DATABASE_URL to add PostgreSQL)"
fi
npx vitest run --project integration
step "build"; npx next build
step "end-to-end tests (Chromium)"; npx playwright test
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  # Every benchmark runs end to end on small sizes (a few minutes); its own checks hold (every
  # document extracted once, both web instances answer), no speed is asserted.
  step "benchmark smoke run (npm run bench -- --quick)"; npx tsx scripts/bench.ts --quick
fi
