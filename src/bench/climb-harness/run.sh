#!/bin/bash
# The search's random and climbing stages timed apart (thread CPU ns per counted try), one thread,
# the bench claim, the launcher's JIT (C1 only, serial GC). Round 1 is the cold one.
# Usage: src/bench/climb-harness/run.sh JAR [TRIES [ROUNDS]]   (classes in the jar's packages)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$jar" $(find "$here/src" -name '*.java')
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$out:$jar" org.infobound.engine.falsify.Climb "${@:2}"
