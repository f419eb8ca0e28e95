#!/bin/sh
# The production start, exactly as the container runs it (Dockerfile) and test/production.test.ts tests
# it: the compiled build (npm run build) on plain Node, production dependencies only, no demo data,
# listening on every interface unless HOST says otherwise. Configuration comes from the environment
# (DATABASE_URL, PORT, TRUST_PROXY, …; see docs/DEPLOYMENT.md); extra arguments go to `tiekartta start`.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f dist/cli/main.js ]; then
  echo "production-start: no build in $(pwd)/dist; run npm run build first" >&2
  exit 1
fi
export NODE_ENV=production
exec node bin/tiekartta.js start --no-demo --host "${HOST:-0.0.0.0}" "$@"
