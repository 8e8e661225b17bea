#!/usr/bin/env bash
# The md-minutes-check hook of .pre-commit-hooks.yaml. pre-commit runs it from its clone of this
# repository, in the repository being committed to, with the staged Markdown files as arguments.
# md-minutes is not on the npm registry, so the first run installs the build tools (npm ci, from
# the registry) and builds it in the clone; later runs use that build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/dist/cli.js" ]; then
  echo "md-minutes: first run: installing and building md-minutes in $here" >&2
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts && npm run build --silent) >&2
fi
exec node "$here/dist/cli.js" check "$@"
