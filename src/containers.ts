import type * as k8s from '../imports/k8s';
import type { AgentSettings } from './agent-settings';
import { NodeType } from './node-type';

/** Capabilities both containers get in the vendor's file. */
const BASE_CAPABILITIES = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'DAC_READ_SEARCH'];

/** The bare-metal host's NSX database socket, which nsx-kube-proxy writes Service configuration to. */
export const NESTDB_SOCKET = '/var/run/vmware/nestdb/nestdb-server.sock';

const CONFIG_VOLUME = 'config-volume';

/** The ncp.ini file of the ConfigMap, mounted read-only in every container: the vendor guide forbids changing that. */
const CONFIG_MOUNT: k8s.VolumeMount = {
  name: CONFIG_VOLUME,
  mountPath: '/etc/nsx-ujo/ncp.ini',
  subPath: 'ncp.ini',
  readOnly: true,
};
const OPENVSWITCH_MOUNT: k8s.VolumeMount = { name: 'openvswitch', mountPath: '/var/run/openvswitch' };

/** The vendor's exec liveness probe: `check_pod_liveness` ships in the NCP image. */
function liveness(container: string, timing: Omit<k8s.Probe, 'exec'>): k8s.Probe {
  return { exec: { command: ['/bin/sh', '-c', `timeout 5 check_pod_liveness ${container}`] }, ...timing };
}

/** `nsx-node-agent`: wires container network interfaces; talks to the CNI plugin and the API server. */
function nodeAgent(settings: AgentSettings): k8s.Container {
  return {
    name: 'nsx-node-agent',
    image: settings.image,
    imagePullPolicy: settings.imagePullPolicy,
    command: ['start_node_agent'],
    livenessProbe: liveness('nsx-node-agent', {
      initialDelaySeconds: 5,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    }),
    securityContext: { capabilities: { add: BASE_CAPABILITIES } },
    volumeMounts: [
      CONFIG_MOUNT,
      OPENVSWITCH_MOUNT,
      { name: 'cni-sock', mountPath: '/var/run/nsx-ujo' },
      { name: 'netns', mountPath: '/var/run/netns' },
      { name: 'proc', mountPath: '/host/proc', readOnly: true },
    ],
  };
}

/**
 * `nsx-kube-proxy`: implements Services. On bare metal it is the container the vendor gives DAC_OVERRIDE
 * and the nestdb socket.
 */
function kubeProxy(settings: AgentSettings): k8s.Container {
  const baremetal = settings.nodeType === NodeType.BAREMETAL;
  return {
    name: 'nsx-kube-proxy',
    image: settings.image,
    imagePullPolicy: settings.imagePullPolicy,
    command: ['start_kube_proxy'],
    livenessProbe: liveness('nsx-kube-proxy', { initialDelaySeconds: 5, periodSeconds: 5 }),
    securityContext: { capabilities: { add: baremetal ? [...BASE_CAPABILITIES, 'DAC_OVERRIDE'] : BASE_CAPABILITIES } },
    volumeMounts: baremetal
      ? [CONFIG_MOUNT, OPENVSWITCH_MOUNT, { name: 'nestdb-sock', mountPath: NESTDB_SOCKET }]
      : [CONFIG_MOUNT, OPENVSWITCH_MOUNT],
  };
}

/** The pod's two containers, in the vendor's order. */
export function containers(settings: AgentSettings): k8s.Container[] {
  return [nodeAgent(settings), kubeProxy(settings)];
}

/** The pod's volumes, in the vendor's order; the nestdb socket only on bare metal, where it exists. */
export function volumes(settings: AgentSettings): k8s.Volume[] {
  const hostPath = (name: string, path: string): k8s.Volume => ({ name, hostPath: { path } });
  const common = [
    { name: CONFIG_VOLUME, configMap: { name: settings.configMapName } },
    hostPath('cni-sock', '/var/run/nsx-ujo'),
    hostPath('netns', '/var/run/netns'),
    hostPath('proc', '/proc'),
    hostPath('openvswitch', '/var/run/openvswitch'),
  ];
  return settings.nodeType === NodeType.BAREMETAL
    ? [...common, { name: 'nestdb-sock', hostPath: { path: NESTDB_SOCKET, type: 'Socket' } }]
    : common;
}
