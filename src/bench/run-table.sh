#!/usr/bin/env bash
# Prints the BENCHMARKS.md table of issue 16: ROUNDS rounds (default 3) of `infobound bench` and
# the numpy baselines side by side, then COLD cold-start runs (default 3) of the first 200,000
# tries in a fresh JVM through ./infobound, then one `check spec/` run, each with the load average
# at its start. Run from anywhere; needs the jar (mvn -B -q package -DskipTests) and python3 with
# numpy and Hypothesis. Usage: src/bench/run-table.sh [ROUNDS] [COLD]
# With BASELINE_JAR=PATH (the jar of the commit the issue measured, e.g. made by
# src/bench/baseline-jar.sh d4cc5a7), the cold runs alternate with that jar's, run the way its own
# launcher ran it (`java -jar`), at --threads 1 and at the default thread count, and the table
# gives the ratios.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
rounds="${1:-3}"
cold="${2:-3}"
jar="$(ls target/infobound-*.jar 2>/dev/null | grep -v original- | head -n 1 || true)"
[ -n "$jar" ] || { echo "no jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }
field() { # field NAME KEY FILE
  grep "^$1 " "$3" | head -n 1 | tr ' ' '\n' | sed -n "s/^$2=//p" | head -n 1
}
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}x')" "$1" "$2" 2>/dev/null || echo "?"; }

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -n 1), $(python3 --version 2>&1)"
echo "started $(date -u '+%Y-%m-%d %H:%M UTC'), jar $jar ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo
echo "| round [load java / python] | infobound exact KL(bon) | numpy exact | ratio | search 1 thread | 2 threads | 1 thread, compiled route off | numpy one at a time | numpy vectorised | 1 thread / vectorised | 1 thread / one at a time | interpreted share | confirmations (s) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for r in $(seq 1 "$rounds"); do
  lj="$(load)"
  java -jar "$jar" bench > "$tmp/j$r.txt"
  lp="$(load)"
  python3 src/bench/python/baseline.py > "$tmp/p$r.txt"
  je="$(field exact_kl_bon_m1e6_n1e4 seconds "$tmp/j$r.txt")"
  pe="$(field exact_kl_bon_m1e6_n1e4 seconds "$tmp/p$r.txt")"
  j1="$(field random_search_bon_kl instances_per_s "$tmp/j$r.txt")"
  j2="$(field random_search_bon_kl_parallel instances_per_s "$tmp/j$r.txt")"
  ji="$(field random_search_bon_kl_interpreted instances_per_s "$tmp/j$r.txt")"
  share="$(field random_search_bon_kl_routes interpreted_share "$tmp/j$r.txt")"
  conf="$(field random_search_bon_kl_routes confirmations "$tmp/j$r.txt") ($(field random_search_bon_kl_routes confirmation_seconds "$tmp/j$r.txt"))"
  p1="$(field random_search_bon_kl instances_per_s "$tmp/p$r.txt")"
  pv="$(field random_search_bon_kl_vectorised instances_per_s "$tmp/p$r.txt")"
  echo "| $r [$lj / $lp] | $je s | $pe s | $(ratio "$je" "$pe") | $j1 /s | $j2 /s | $ji /s | $p1 /s | $pv /s | $(ratio "$j1" "$pv") | $(ratio "$j1" "$p1") | $share | $conf |"
done
echo
printf 'let klbon(n) = log(n) - (n - 1) / n\nclaim bon_kl_bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)\n' > "$tmp/bon.claims"
./infobound --version > /dev/null # builds the jar if stale, outside the timings
cold_args=(check --seed 1 --no-progress --no-prove --tries 200000 --time-cap 0 --format json "$tmp/bon.claims")
# cold RUNNER... -> "wall cpu claim_seconds" of one fresh-JVM run
cold() {
  /usr/bin/time -f "%e %U %S" -o "$tmp/t" "$@" > "$tmp/c.json" 2>/dev/null || true
  read -r w u s < "$tmp/t"
  python3 -c "import json; print(f\"{$w:.2f} {$u + $s:.2f} {json.load(open('$tmp/c.json'))['claims'][0]['seconds']:.3f}\")"
}
if [ -z "${BASELINE_JAR:-}" ]; then
  echo "cold start, first 200,000 tries in a fresh JVM (./infobound check --seed 1 --no-progress --no-prove --tries 200000 --time-cap 0 --format json FILE --threads 1):"
  echo
  echo "| run [load] | wall | CPU user + sys | engine seconds (claim) | tries/s of the claim |"
  echo "|---|---|---|---|---|"
  for r in $(seq 1 "$cold"); do
    l="$(load)"
    read -r w c sec <<< "$(cold ./infobound "${cold_args[@]}" --threads 1)"
    echo "| $r [$l] | $w s | $c s | $sec s | $(python3 -c "print(f'{200000 / $sec:,.0f}')") |"
  done
else
  echo "cold start, first 200,000 tries in a fresh JVM, side by side (alternating) with the baseline jar"
  echo "$BASELINE_JAR run as \`java -jar JAR ARGS\` (its launcher's way) and this jar through ./infobound;"
  echo "ARGS: check --seed 1 --no-progress --no-prove --tries 200000 --time-cap 0 --format json FILE [--threads 1];"
  echo "each cell: wall / CPU (user + sys) / claim seconds; ratios are baseline over this jar:"
  echo
  echo "| run | threads | load | baseline | ./infobound | claim seconds ratio | wall ratio | CPU ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in $(seq 1 "$cold"); do
    for th in 1 default; do
      targ=(); [ "$th" = 1 ] && targ=(--threads 1)
      l="$(load)"
      read -r bw bc bs <<< "$(cold java -jar "$BASELINE_JAR" "${cold_args[@]}" ${targ[@]+"${targ[@]}"})"
      read -r w c sec <<< "$(cold ./infobound "${cold_args[@]}" ${targ[@]+"${targ[@]}"})"
      echo "| $r | $th | $l | $bw s / $bc s / $bs s | $w s / $c s / $sec s | $(ratio "$bs" "$sec") | $(ratio "$bw" "$w") | $(ratio "$bc" "$c") |"
    done
  done
fi
echo
l="$(load)"
/usr/bin/time -f "%e %U %S" -o "$tmp/t" ./infobound check spec/ --no-progress > /dev/null && rc=0 || rc=$?
read -r w u s < "$tmp/t"
echo "check spec/ [load $l]: wall $w s, user $u s, sys $s s, exit $rc"
