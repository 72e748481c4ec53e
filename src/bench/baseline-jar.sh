#!/usr/bin/env bash
# Builds the jar of an earlier commit for side-by-side runs (run-table.sh's BASELINE_JAR), in a
# temporary git worktree, and prints its path: target/bench-baseline-COMMIT.jar. The issue 16
# baseline ("today" in the issue, 2026-11-27) is commit d4cc5a7.
# Usage: src/bench/baseline-jar.sh COMMIT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
commit="$(git -C "$here" rev-parse --short "${1:?usage: baseline-jar.sh COMMIT}")"
out="$here/target/bench-baseline-$commit.jar"
if [ ! -s "$out" ]; then
  wt="$(mktemp -d)/wt"
  git -C "$here" worktree add --detach "$wt" "$commit" >/dev/null 2>&1
  trap 'git -C "$here" worktree remove --force "$wt" >/dev/null 2>&1 || true' EXIT
  (cd "$wt" && mvn -B -q package -DskipTests >/dev/null)
  mkdir -p "$here/target"
  cp "$(ls "$wt"/target/infobound-*.jar | grep -v original- | head -n 1)" "$out"
fi
echo "$out"
