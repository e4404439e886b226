#!/bin/sh
# Renders every values file of clusters/ in one run, each into rendered/<cluster>/nsx-node-agent.k8s.yaml, for CI to
# commit; Flux applies the committed folders. All or nothing: when any file has problems, the script prints them
# all, exits 1 and changes no folder, so a broken change never reaches a commit.
#   examples/flux/render.sh [<output dir>]     (default: rendered/ beside this script)
# NSX_NODE_AGENT names the command (default: nsx-node-agent, as installing the package's `npm pack` tarball names it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
output=${1:-"$here/rendered"}
${NSX_NODE_AGENT:-nsx-node-agent} synth "$here/clusters" -o "$output" --all-or-nothing
