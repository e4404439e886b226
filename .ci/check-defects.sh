#!/usr/bin/env bash
# Check that the manifest validation really catches defects: against one throw-away
# kube-apiserver start, test/defects/good.yaml must be ACCEPTED and every other file in
# test/defects/ must be REJECTED (for the reason named in its `# expect-error:` line).
#
# usage: check-defects.sh [DEFECTS_DIR]      (default: test/defects next to this repo's .ci/)
# Prints `ok   accepted  good.yaml`, then per defect `ok   rejected  <file>: <first line of error>`
# or `FAIL accepted <file>`; exits non-zero if any expectation fails.
# Environment is passed through to validate-manifests.sh (APISERVER, KUBECTL, CRDS, ...).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${1:-$(realpath --relative-to=. "$ROOT/test/defects")}
GOOD=$DIR/good.yaml

[ -f "$GOOD" ] || { echo "check-defects: missing control file $GOOD" >&2; exit 2; }
DEFECTS=()
while IFS= read -r f; do DEFECTS+=("$f"); done < <(
  find "$DIR" -maxdepth 1 -type f \( -name '*.yaml' -o -name '*.yml' \) ! -name good.yaml | LC_ALL=C sort)
[ ${#DEFECTS[@]} -gt 0 ] || { echo "check-defects: no defect files in $DIR" >&2; exit 2; }

exec "$ROOT/.ci/validate-manifests.sh" --expect-accept "$GOOD" --expect-reject "${DEFECTS[@]}"
