#!/bin/sh
# Renders the HTML report of a check run in Debian headless chromium and saves a screenshot, so a
# person can look at the page as a browser draws it. Not part of `mvn verify` (needs chromium:
# apt-get install -y chromium). Usage, from the repository root after `mvn package`:
#   src/test/sh/html-screenshot.sh [OUT.png] [CLAIMS...]
# Defaults: target/html-report.png and spec/examples/bon_kl.claims.
set -eu
out=${1:-target/html-report.png}
[ $# -gt 0 ] && shift
[ $# -eq 0 ] && set -- spec/examples/bon_kl.claims
jar=$(ls target/infobound-*.jar | grep -v original | head -n 1)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "html-screenshot: chromium not found (apt-get install -y chromium)" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html="$work/report.html"
# exit 1 (a claim missed its expectation) still produces a report
java -jar "$jar" check --format html "$@" > "$html" || [ $? -eq 1 ]
mkdir -p "$(dirname "$out")"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size=1100,2200 \
    --screenshot="$(realpath -m "$out")" "file://$html" 2>"$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    exit 1
}
[ -s "$out" ] || { echo "html-screenshot: no screenshot written" >&2; exit 1; }
echo "screenshot: $out"
