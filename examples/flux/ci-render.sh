#!/bin/sh
# The CI job: render, and commit the rendered folders when they changed. Flux only ever sees committed output.
set -eu
cd "$(dirname "$0")"
./render.sh
git add rendered/
if git diff --cached --quiet -- rendered/; then
  echo "rendered/ is current"
else
  git commit -m "Render the NSX node agent manifests" -- rendered/
  git push
fi
