#!/bin/bash
# Warm per-try costs of the search's parts under the launcher's JIT (C1 only, serial GC), in one
# JVM: draws, the repeat set, the compiled block evaluation, admission, hill-climbing moves, and
# the KL(bon) kernel's parts, in thread CPU nanoseconds per try (BENCHMARKS.md, speed6 section).
# Usage: src/bench/warm-harness/run.sh JAR   (the classes sit in the jar's packages: package-private access)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -d "$out" -cp "$jar" $(find "$here/src" -name '*.java')
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$out:$jar" org.infobound.engine.run.Harness
