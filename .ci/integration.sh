#!/usr/bin/env bash
# Integration checks of the outputs against the real consumers, run by .ci/run after `npm test`:
#   1. Debian packages: xmllint, OmegaT 3.6, translate-toolkit, Chromium (no browser download).
#   2. A run folder: `dari run` on corpus/ (the checks stop here when it fails).
#   3. tm.tmx against ../shared/tm/tmx14.dtd; ../shared/tm/check-tm-import.sh (translate-toolkit loads it,
#      OmegaT console-translate fills from it) with the share of one-sentence units OmegaT filled.
#   4. export: XLIFF 1.2 opened by translate-toolkit, XLIFF 2.1 well-formed, TSV/CSV/XLIFF/TMX round trips
#      through import leave the run unchanged.
#   5. review.html in headless Chromium: filters, keyboard, edit → export → import, XSS probe, 100,000 pairs < 2 s.
# Exits non-zero when any check fails; every check runs and prints its result.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${DARI_SHARED:-$ROOT/../shared}
export DARI_SHARED=$SHARED
TMP=$(mktemp -d -t dari-integration.XXXXXX)
trap 'rm -rf -- "$TMP"' EXIT
failures=()
step() { echo; echo "── $*"; }
fail() { echo "FAILED: $*"; failures+=("$*"); }
dari() { npm run -s pipeline -- "$@"; }

step "Debian packages"
need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
[ -f /usr/share/omegat/OmegaT.jar ] || need+=(omegat)
/usr/bin/python3 -c 'import translate.storage.tmx' 2>/dev/null || need+=(translate-toolkit)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update && apt-get install -y --no-install-recommends libxml2-utils omegat translate-toolkit chromium; } >"$TMP/apt.log" 2>&1 \
    || { tail -20 "$TMP/apt.log"; fail "apt-get install"; }
else
  echo "all present"
fi

step "run folder"
RUN=$TMP/run
if dari run --input corpus --out "$RUN" --cache "$TMP/cache" >"$TMP/run.log" 2>&1 && [ -f "$RUN/tm.tmx" ]; then
  echo "dari run: $(grep -c . "$RUN/aligned.jsonl") pairs, $(grep -c . "$RUN/rejects.jsonl" || true) rejects"
else
  tail -5 "$TMP/run.log"
  fail "dari run on corpus/"
  echo "FAILED: $(printf '%s; ' "${failures[@]}")"
  exit 1
fi

step "tm.tmx against the TMX 1.4 DTD"
if [ -f "$SHARED/tm/tmx14.dtd" ]; then
  xmllint --noout --nonet --dtdvalid "$SHARED/tm/tmx14.dtd" "$RUN/tm.tmx" && echo "valid" || fail "tm.tmx DTD validation"
else
  fail "$SHARED/tm/tmx14.dtd missing"
fi

step "TM tools: translate-toolkit and OmegaT (check-tm-import.sh)"
if [ -f "$RUN/stages/cleaned.jsonl" ]; then
  npx tsx test/browser/tm-fill-check.ts --run "$RUN" --min "${TM_FILL_MIN:-98}" || fail "OmegaT fill from tm.tmx (corpus)"
else
  fail "no stages/cleaned.jsonl in the run folder: cannot give OmegaT the source text"
fi
# News pages the project ships as emit fixtures: the figure is printed (docs/emit.md), not enforced.
npx tsx test/browser/tm-fill-check.ts --build test/fixtures/emit/news --out "$TMP/news" --min 0 | tail -4 || fail "OmegaT fill check (news fixtures)"

step "export formats"
for format in tmx xliff12 xliff21 tsv csv schema; do
  dari export --run "$RUN" --format "$format" --out "$TMP/export.$format" || fail "export --format $format"
done
xmllint --noout --nonet --dtdvalid "$SHARED/tm/tmx14.dtd" "$TMP/export.tmx" || fail "exported TMX DTD validation"
xmllint --noout "$TMP/export.xliff12" "$TMP/export.xliff21" && echo "XLIFF 1.2 and 2.1 well-formed" || fail "XLIFF well-formedness"
echo "(no XLIFF XSD ships with Debian's translate-toolkit, omegat or libxml2: schema validation not available offline)"
/usr/bin/python3 - "$TMP/export.xliff12" "$RUN/aligned.jsonl" <<'PY' || fail "translate-toolkit loads the XLIFF 1.2"
import json, sys
from translate.storage import xliff
with open(sys.argv[1], "rb") as fh:
    units = [u for u in xliff.xlifffile(fh).units if not u.isheader()]
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
assert len(units) == len(records), f"{len(units)} units for {len(records)} records"
for unit, record in zip(units, records):
    assert unit.source == record["ko"] and unit.target == record["en"], (unit.source, record["ko"])
print(f"translate-toolkit: {len(units)} XLIFF 1.2 units, source and target equal to aligned.jsonl")
PY
node -e "const s = JSON.parse(require('fs').readFileSync('$TMP/export.schema', 'utf8')); if (!s.required.includes('ko')) process.exit(1)" || fail "export --format schema"

step "import round trips (unchanged files change nothing)"
cp -r "$RUN" "$TMP/before"
for format in tsv csv xliff12 xliff21 tmx; do
  dari import --run "$RUN" "$TMP/export.$format" || fail "import $format"
done
for file in aligned.jsonl rejects.jsonl tm.tmx review.html; do
  cmp -s "$RUN/$file" "$TMP/before/$file" || fail "$file changed after importing unchanged exports"
done
[ ${#failures[@]} -eq 0 ] && echo "aligned.jsonl, rejects.jsonl, tm.tmx, review.html unchanged"

step "review.html in headless Chromium"
npx tsx test/browser/review-page.browser.ts "$RUN" || fail "browser tests"

echo
if [ ${#failures[@]} -gt 0 ]; then
  echo "integration: ${#failures[@]} check(s) failed:"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "integration: all checks passed"
