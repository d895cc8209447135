#!/usr/bin/env bash
# The whole test suite, as the README says: typecheck, unit, integration (SQLite and PostgreSQL),
# browser end-to-end and the accessibility run, on a fresh build.
set -euo pipefail
cd "$(dirname "$0")/.."

TEST_POSTGRES_URL="$(bash scripts/ensure-test-deps.sh | tail -n1)"
export TEST_POSTGRES_URL
if [ -n "$TEST_POSTGRES_URL" ]; then
  echo "== database tests on SQLite and PostgreSQL ($TEST_POSTGRES_URL)"
else
  unset TEST_POSTGRES_URL
  echo "== database tests on SQLite only"
fi

echo "== typecheck"
npx tsc --noEmit

echo "== build"
npm run build --silent >/dev/null

echo "== unit and integration tests"
npx vitest run --project unit --project integration

echo "== end-to-end tests in Chromium"
npx vitest run --project e2e

echo "== accessibility (axe-core in Chromium, every page and state)"
npx tsx accessibility/run.ts
