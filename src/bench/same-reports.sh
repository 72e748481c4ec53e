#!/bin/bash
# Whether two jars give the same reports (JSON, every field but `seconds`) for the issue 16 bench
# claim (--seed 1 --no-prove --time-cap 0, threads 1 and 2, tries 20,000 / 200,000 / 1,000,000),
# spec/library/divergences.claims, spec/library/bestofn.claims, spec/mroueh2024.claims (--seed 1,
# default budget) and `check spec/`. Launcher flags as the launcher's (serial GC, C1 only).
# Usage: src/bench/same-reports.sh OLD.jar NEW.jar   (from the repository root; exit 0 when all same)
set -u
old="$1"; new="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'let klbon(n) = log(n) - (n - 1) / n\nclaim bon_kl_bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)\n' > "$tmp/bon.claims"
strip() {
    python3 -c '
import json, sys
def s(o):
    if isinstance(o, dict):
        return {k: s(v) for k, v in o.items() if k != "seconds"}
    if isinstance(o, list):
        return [s(v) for v in o]
    return o
print(json.dumps(s(json.load(sys.stdin)), indent=1, sort_keys=True))'
}
run() { # JAR OUT ARGS...
    local jar="$1" out="$2"; shift 2
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" check --no-progress --format json "$@" | strip > "$out"
}
status=0
cmp_one() { # NAME ARGS...
    local name="$1"; shift
    run "$old" "$tmp/old-$name.json" "$@"
    run "$new" "$tmp/new-$name.json" "$@"
    if cmp -s "$tmp/old-$name.json" "$tmp/new-$name.json"; then
        echo "same $name"
    else
        echo "DIFFERENT $name"; diff "$tmp/old-$name.json" "$tmp/new-$name.json" | head -20
        status=1
    fi
}
for th in 1 2; do
    for tr in 20000 200000 1000000; do
        cmp_one "bench-threads$th-tries$tr" --seed 1 --no-prove --tries "$tr" --threads "$th" --time-cap 0 "$tmp/bon.claims"
    done
done
for f in spec/library/divergences.claims spec/library/bestofn.claims spec/mroueh2024.claims; do
    cmp_one "$(basename "$f" .claims)" --seed 1 "$f"
done
cmp_one spec spec/
exit $status
