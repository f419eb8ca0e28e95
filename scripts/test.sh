#!/usr/bin/env bash
# The whole test suite: type check, then unit, service, API and browser tests.
# Service tests run on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-poppler.sh
npx tsc --noEmit
npx vitest run
