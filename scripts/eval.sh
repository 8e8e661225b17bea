#!/usr/bin/env bash
# Scores extraction against hand-made annotations: npm run eval -- <raw dir> <gold dir> [-v]
set -euo pipefail
raw=${1:?usage: npm run eval -- <raw dir> <gold dir> [-v|--json]}
gold=${2:?usage: npm run eval -- <raw dir> <gold dir> [-v|--json]}
shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
scorer=${MD_MINUTES_SCORER:-$(dirname "$gold")/../eval/score.py}
[ -f "$scorer" ] || scorer="$(cd "$(dirname "$gold")/.." && pwd)/../eval/score.py"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node "$here/dist/cli.js" extract --out-dir "$out" "$raw"/*.md
python3 "$scorer" "$out" "$gold" "$@"
