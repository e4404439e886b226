#!/usr/bin/env bash
# The jsii library: `npm run jsii` compiles src/index.ts into the assembly .jsii (lib/ as well) and fails on any
# error or warning (`--fail-on-warnings`, reserved words included). Then jsii-pacmak writes the Python, Java, .NET and Go bindings into build/jsii-dist/ (package.json `jsii.outdir`), and
# what can be checked offline is checked.
#
# Code only (`--code-only`), for every language: building a package needs a registry this machine does not reach.
#   python  pacmak makes a venv and pip-installs setuptools, build and twine (PyPI); the package needs the `jsii`
#           runtime from PyPI to import. Checked here: every generated .py file compiles (python3 -m compileall).
#   java    `mvn package` needs software.amazon.jsii:jsii-runtime and Maven's plugins from Maven Central.
#           Checked here: pom.xml is well-formed and the sources are there.
#   dotnet  `dotnet build` needs the .NET SDK (not a Debian package) and Amazon.JSII.Runtime from NuGet.
#           Checked here: the .csproj is well-formed and the sources are there.
#   go      `go mod tidy` + `go build` need github.com/aws/jsii-runtime-go and the cdk8s Go modules from the Go
#           module proxy. Checked here: every generated .go file parses (gofmt -e, Debian's golang-go).
# The npm tarball pacmak packs (build/jsii-dist/js/) must carry .jsii and the bundled ini and yaml. jsii-docgen writes
# the API reference as each language sees it (build/jsii-dist/API.python.md, ...), the seed of a multi-language API.md.
#
# usage: bash .ci/jsii.sh   (from anywhere; `npm ci` done). Timings are printed per step.
set -euo pipefail
cd "$(dirname "$0")/.."
# This machine's Node.js 20 is past jsii's support window; jsii says so in a banner on every run.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

OUT=build/jsii-dist
step_start=0
step() {
  step_start=$(date +%s%N)
  echo "--- $*"
}
took() { echo "    $1: $((($(date +%s%N) - step_start) / 1000000)) ms"; }

# Debian packages for the offline checks, on a fresh machine.
need=()
command -v python3 >/dev/null || need+=(python3)
command -v gofmt >/dev/null || need+=(golang-go)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "jsii (fails on errors and warnings)"
npm run --silent jsii
took jsii
[ -s .jsii ] || { echo ".jsii was not written" >&2; exit 1; }

step "jsii-pacmak: python, java, dotnet, go (code only) and the npm tarball"
rm -rf "$OUT"
# pacmak packs the npm tarball with `npm pack`: without prepack, which would compile everything again.
npm_config_ignore_scripts=true npx jsii-pacmak --code-only --no-npmignore --force --validate-assemblies --outdir "$OUT"
took jsii-pacmak

step "jsii-docgen: the API reference per language (build/jsii-dist/API.LANGUAGE.md)"
for language in python java csharp go; do
  npx jsii-docgen --language "$language" --output "$OUT/API.$language.md"
done
took jsii-docgen

step "offline checks of the generated code"
module=$(node -p "require('./package.json').jsii.targets.python.module")
version=$(node -p "require('./package.json').version")
fail() { echo "jsii-dist: $*" >&2; exit 1; }

tarball=$(ls "$OUT"/js/*.jsii.tgz)
packed=$(tar -tzf "$tarball")
grep -qx 'package/.jsii' <<<"$packed" || fail "$tarball lacks .jsii"
for dep in ini yaml; do
  grep -qx "package/node_modules/$dep/package.json" <<<"$packed" || fail "$tarball does not bundle $dep"
done

[ -d "$OUT/python/src/$module" ] || fail "no python module $module"
# The README's Python snippet compiles and imports only names the bindings define.
python3 - "$OUT/python/src/$module/__init__.py" <<'PY' || fail "the README's Python snippet does not fit the bindings"
import ast, re, sys
readme = open("README.md", encoding="utf-8").read()
blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
assert blocks, "README.md has no Python snippet"
bindings = ast.parse(open(sys.argv[1], encoding="utf-8").read())
defined = {node.name for node in bindings.body if isinstance(node, ast.ClassDef)}
for block in blocks:
    tree = ast.parse(block)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "nsx_node_agent_cdk8s":
            missing = [alias.name for alias in node.names if alias.name not in defined]
            assert not missing, f"not in the bindings: {missing}"
PY
ls "$OUT/python/src/$module/_jsii/"*"@$version.jsii.tgz" >/dev/null || fail "python module lacks the embedded tarball"
PYTHONPYCACHEPREFIX="$(mktemp -d)" python3 -m compileall -q "$OUT/python/src" "$OUT/python/setup.py" >/dev/null || fail "python sources do not compile"

python3 - "$OUT/java/pom.xml" "$OUT"/dotnet/*/*.csproj <<'EOF' || fail "malformed XML"
import sys, xml.dom.minidom
for f in sys.argv[1:]:
    xml.dom.minidom.parse(f)
EOF
[ -n "$(find "$OUT/java/src/main/java" -name '*.java' -print -quit)" ] || fail "no java sources"
[ -n "$(find "$OUT/dotnet" -name '*.cs' -print -quit)" ] || fail "no C# sources"

gomod=$(find "$OUT/go" -name go.mod -print -quit)
[ -n "$gomod" ] || fail "no go.mod"
grep -q "^module $(node -p "require('./package.json').jsii.targets.go.moduleName")/" "$gomod" || fail "go.mod module path"
gofmt -e -l "$(dirname "$gomod")" >/dev/null || fail "go sources do not parse"
for language in python java csharp go; do
  grep -q '^# API Reference' "$OUT/API.$language.md" || fail "API.$language.md"
done
took checks

find "$OUT" -maxdepth 2 -mindepth 1 | sort
echo "jsii: assembly and bindings for python, java, dotnet, go in $OUT"
