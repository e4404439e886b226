#!/usr/bin/env bash
# Build a local kube-apiserver v1.20.2 for manifest validation, offline.
#
# Source: Debian bookworm's `kubernetes` source package (1.20.5+really1.20.2), which still
# ships vendor/. Toolchain: Debian's Go 1.19. Runtime: Debian's etcd-server 3.4.
#
# Idempotent: runtime packages are installed on every run; the (about 10 minute) build
# only happens when $OUT/kube-apiserver is missing. Needs root and Debian apt (run
# `apt-get update` first).
#
# env:
#   KUBE_APISERVER_CACHE  work/cache dir  (default /var/cache/nsx-node-agent-cdk8s/kube-apiserver-1.20.2)
#   OUT                   binary dir      (default $KUBE_APISERVER_CACHE/bin)
#   KEEP_BUILD_TREE=0     remove sources and Go cache after a successful build (~1.5 GB)
set -euo pipefail

CACHE=${KUBE_APISERVER_CACHE:-/var/cache/nsx-node-agent-cdk8s/kube-apiserver-1.20.2}
OUT=${OUT:-$CACHE/bin}
LOGS=$CACHE/logs
K8S_VERSION=v1.20.2
export DEBIAN_FRONTEND=noninteractive

mkdir -p "$CACHE" "$LOGS" "$OUT"

# Run one step quietly; on failure say which step and show the end of its log.
step() {
  local name=$1; shift
  local log="$LOGS/$name.log"
  if ! "$@" >"$log" 2>&1; then
    echo "kube-apiserver-build: step '$name' failed (full log: $log); last lines:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

# Runtime dependencies, always: etcd for storage, openssl for the service-account key,
# curl for readiness probes, python3 to pick free ports.
step runtime-deps apt-get install -y --no-install-recommends etcd-server openssl curl python3

if [ -x "$OUT/kube-apiserver" ]; then
  echo "kube-apiserver already built: $OUT/kube-apiserver"
  exit 0
fi

# Only one build at a time per cache dir.
exec 9>"$CACHE/.build.lock"
flock 9
if [ -x "$OUT/kube-apiserver" ]; then
  echo "kube-apiserver built concurrently: $OUT/kube-apiserver"
  exit 0
fi

if [ "$(cut -d. -f1 /etc/debian_version 2>/dev/null)" != 12 ]; then
  echo "kube-apiserver-build: WARNING: only known to work on Debian 12 (Go 1.19)" >&2
fi

echo "building kube-apiserver $K8S_VERSION in $CACHE (about 10 minutes; logs in $LOGS)"
start=$SECONDS

# Build dependencies. reflect2 / json-iterator are needed for the vendor swap below.
step build-deps apt-get install -y --no-install-recommends golang-go rsync \
  golang-github-modern-go-reflect2-dev golang-github-json-iterator-go-dev

# Fetch the source package through a private apt configuration, leaving /etc/apt alone.
APT_DIR=$CACHE/apt
mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$CACHE/src"
cat >"$APT_DIR/sources.list" <<'EOF'
deb-src http://deb.debian.org/debian bookworm main
deb-src http://deb.debian.org/debian-security bookworm-security main
EOF
APT_OPTS=(-o "Dir::Etc::sourcelist=$APT_DIR/sources.list" -o Dir::Etc::sourceparts=/nonexistent
          -o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::Cache=$APT_DIR/cache")

src_dir() { find "$CACHE/src" -mindepth 1 -maxdepth 1 -type d -name 'kubernetes-1.20.*' | head -n 1; }

if [ -z "$(src_dir)" ]; then
  if ! ls "$CACHE"/src/kubernetes_*.orig.tar.gz >/dev/null 2>&1; then
    step src-index apt-get "${APT_OPTS[@]}" update
    step src-download sh -c 'cd "$1" && shift && apt-get "$@" source --download-only kubernetes' \
      _ "$CACHE/src" "${APT_OPTS[@]}"
  fi
  step src-unpack tar -C "$CACHE/src" -xzf "$(ls "$CACHE"/src/kubernetes_*.orig.tar.gz | head -n 1)"
fi
SRC=$(src_dir)
[ -n "$SRC" ] || { echo "kube-apiserver-build: source tree not found under $CACHE/src" >&2; exit 1; }

# GOPATH-mode build (module mode wants go.mod updates, which needs the network).
export GOPATH=$CACHE/gopath GOCACHE=$CACHE/gocache GOTMPDIR=$CACHE/tmp HOME=$CACHE/home
export GO111MODULE=off GOFLAGS= CGO_ENABLED=0
mkdir -p "$GOPATH/src/k8s.io" "$GOCACHE" "$GOTMPDIR" "$HOME"
ln -sfn "$SRC" "$GOPATH/src/k8s.io/kubernetes"
cd "$GOPATH/src/k8s.io/kubernetes"

# The vendored reflect2 1.0.1 is broken under Go >= 1.18: the server segfaults
# (mapiterinit) the first time it JSON-encodes a map, e.g. any custom resource.
# Replace it, and the json-iterator that uses it, with Debian's fixed versions.
swap_vendor() {
  local pkg dst
  for pkg in github.com/modern-go/reflect2 github.com/json-iterator/go; do
    dst=vendor/$pkg
    [ -d "/usr/share/gocode/src/$pkg" ] || { echo "missing /usr/share/gocode/src/$pkg"; return 1; }
    rm -f "$dst"/*.go "$dst"/*.s
    find "/usr/share/gocode/src/$pkg" -maxdepth 1 -type f \( -name '*.go' -o -name '*.s' \) \
      ! -name '*_test.go' -exec cp -t "$dst" {} +
  done
}
step vendor-swap swap_vendor

# Generated code (zz_generated.openapi.go etc.) is not part of the source tarball.
step generated-files make generated_files

LDFLAGS="-s -w"
for pkg in k8s.io/kubernetes/vendor/k8s.io/component-base/version \
           k8s.io/kubernetes/vendor/k8s.io/client-go/pkg/version; do
  LDFLAGS+=" -X $pkg.gitVersion=$K8S_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=20 -X $pkg.gitTreeState=clean"
done
step go-build go build -o "$OUT/kube-apiserver.partial" -ldflags "$LDFLAGS" k8s.io/kubernetes/cmd/kube-apiserver
mv -f "$OUT/kube-apiserver.partial" "$OUT/kube-apiserver"

if [ "${KEEP_BUILD_TREE:-1}" = 0 ]; then
  rm -rf "$CACHE/src" "$CACHE/gopath" "$CACHE/gocache" "$CACHE/tmp"
fi

echo "built $OUT/kube-apiserver ($("$OUT/kube-apiserver" --version 2>/dev/null || echo '?')) in $((SECONDS - start)) s"
