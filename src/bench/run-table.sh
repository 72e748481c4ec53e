#!/usr/bin/env bash
# Prints the BENCHMARKS.md table of issue 16: ROUNDS rounds (default 3) of `infobound bench` and
# the numpy baselines side by side, then COLD cold-start runs (default 3) of the first 200,000
# tries in a fresh JVM through ./infobound, then one `check spec/` run, each with the load average
# at its start. Run from anywhere; needs the jar (mvn -B -q package -DskipTests) and python3 with
# numpy and Hypothesis. Usage: src/bench/run-table.sh [ROUNDS] [COLD]
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
echo "cold start, first 200,000 tries in a fresh JVM (./infobound check --seed 1 --no-progress --no-prove --tries 200000 --threads 1 --time-cap 0 --format json):"
echo
echo "| run [load] | wall | CPU user + sys | engine seconds (claim) | tries/s of the claim |"
echo "|---|---|---|---|---|"
for r in $(seq 1 "$cold"); do
  l="$(load)"
  /usr/bin/time -f "%e %U %S" -o "$tmp/t" ./infobound check --seed 1 --no-progress --no-prove --tries 200000 --threads 1 \
    --time-cap 0 --format json "$tmp/bon.claims" > "$tmp/c.json" || true
  read -r w u s < "$tmp/t"
  sec="$(python3 -c "import json; print(json.load(open('$tmp/c.json'))['claims'][0]['seconds'])")"
  echo "| $r [$l] | $w s | $(python3 -c "print(f'{$u + $s:.2f}')") s | $(python3 -c "print(f'{$sec:.3f}')") s | $(python3 -c "print(f'{200000 / $sec:,.0f}')") |"
done
echo
l="$(load)"
/usr/bin/time -f "%e %U %S" -o "$tmp/t" ./infobound check spec/ --no-progress > /dev/null && rc=0 || rc=$?
read -r w u s < "$tmp/t"
echo "check spec/ [load $l]: wall $w s, user $u s, sys $s s, exit $rc"
