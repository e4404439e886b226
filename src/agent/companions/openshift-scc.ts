import type { ApiObjectProps } from 'cdk8s';
import type * as k8s from '../../../imports/k8s';

export const SCC_API_VERSION = 'security.openshift.io/v1';
export const SCC_KIND = 'SecurityContextConstraints';

/**
 * Volume types the service-account admission adds to every pod for the API token that ncp.ini's `ca_file` and
 * `client_token_file` point at: a `projected` volume on Kubernetes 1.21+ (OpenShift 4.8+), a `secret` before.
 */
export const TOKEN_VOLUME_TYPES = ['projected', 'secret'];

/** Capabilities the vendor's SCC requires dropped; kept only when a container adds one of them. */
const REQUIRED_DROP = ['KILL'];

/** The volume type of `volume`: its one field besides `name` (`configMap`, `hostPath`, `projected` …). */
export function volumeType(volume: k8s.Volume): string {
  return (
    Object.keys(volume).find((key) => key !== 'name' && (volume as unknown as Record<string, unknown>)[key] !== undefined) ??
    'unknown'
  );
}

/** Every capability the pod's containers add, in order of first use. */
export function addedCapabilities(pod: k8s.PodSpec): string[] {
  return [...new Set(pod.containers.flatMap((c) => c.securityContext?.capabilities?.add ?? []))];
}

/**
 * A SecurityContextConstraints body that allows exactly what `pod` uses, in the vendor's style (`ncp-scc`):
 * host network and host paths but no privileged containers, host PID, IPC or ports unless used; the pod's
 * capabilities; its volume types plus the token volume; SELinux type spc_t. It names no users or groups: RBAC
 * grants `use` to the agent's service account alone (the vendor granted it to every authenticated user).
 */
export function sccFor(name: string, pod: k8s.PodSpec): ApiObjectProps {
  const containers = pod.containers;
  const capabilities = addedCapabilities(pod);
  const volumes = [...new Set([...(pod.volumes ?? []).map(volumeType), ...TOKEN_VOLUME_TYPES])].sort();
  return {
    apiVersion: SCC_API_VERSION,
    kind: SCC_KIND,
    metadata: { name },
    allowHostNetwork: pod.hostNetwork === true,
    allowHostPID: pod.hostPid === true,
    allowHostIPC: pod.hostIpc === true,
    allowHostPorts: containers.some((c) => (c.ports ?? []).some((p) => p.hostPort !== undefined)),
    allowHostDirVolumePlugin: volumes.includes('hostPath'),
    allowPrivilegedContainer: containers.some((c) => c.securityContext?.privileged === true),
    // Kubernetes refuses allowPrivilegeEscalation: false next to an added SYS_ADMIN, so it must stay allowed.
    allowPrivilegeEscalation: true,
    allowedCapabilities: capabilities,
    defaultAddCapabilities: [],
    requiredDropCapabilities: REQUIRED_DROP.filter((cap) => !capabilities.includes(cap)),
    readOnlyRootFilesystem: false,
    // Required by the API; 0 sorts as an unset priority does.
    priority: 0,
    runAsUser: { type: 'RunAsAny' },
    seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'spc_t', level: 's0:c0.c1023' } },
    fsGroup: { type: 'MustRunAs' },
    supplementalGroups: { type: 'RunAsAny' },
    volumes,
    users: [],
    groups: [],
  };
}
