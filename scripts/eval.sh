#!/usr/bin/env bash
# Scores extraction against hand-made annotations.
#   npm run eval                      both splits of eval/corpus (dev, then test), totals and rows
#   npm run eval -- dev|test [-v]     one split
#   npm run eval -- <raw dir> <gold dir> [-v|--json]   any annotated folder
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
scorer=${MD_MINUTES_SCORER:-$here/eval/score.py}
corpus=$here/eval/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

score_dirs() { # raw gold [scorer flags]
  local raw=$1 gold=$2 out
  shift 2
  out=$(mktemp -d -p "$work")
  node "$here/dist/cli.js" extract --out-dir "$out" "$raw"/*.md
  python3 "$scorer" "$out" "$gold" "$@"
}

score_split() { # dev|test [scorer flags]
  local split=$1 dir
  shift
  dir=$work/$split
  mkdir -p "$dir/raw" "$dir/gold"
  while IFS=$'\t' read -r name part; do
    [ "$part" = "$split" ] || continue
    ln -s "$corpus/raw/$name.md" "$dir/raw/$name.md"
    ln -s "$corpus/gold/$name.json" "$dir/gold/$name.json"
  done < <(tail -n +2 "$corpus/splits.tsv")
  echo "== $split"
  score_dirs "$dir/raw" "$dir/gold" "$@"
}

case "${1:-}" in
  "") score_split dev; echo; score_split test ;;
  dev | test) split=$1; shift; score_split "$split" "$@" ;;
  *) [ $# -ge 2 ] || { echo "usage: npm run eval [-- dev|test|<raw dir> <gold dir>] [-v|--json]" >&2; exit 2; }
     raw=$1 gold=$2; shift 2; score_dirs "$raw" "$gold" "$@" ;;
esac
