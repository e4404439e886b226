import { NcpVersion, NodeType, Platform } from '../../src';
import { containerOf, daemonSetOf, synthAgent } from '../support';

const BASE4 = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'DAC_READ_SEARCH'];
const OVS_CAPS = ['NET_ADMIN', 'SYS_ADMIN', 'SYS_NICE', 'SYS_MODULE'];
const PROJECTED = { name: 'projected-volume', mountPath: '/etc/nsx-ujo', readOnly: true };
const OVS_RUN = { name: 'openvswitch', mountPath: '/var/run/openvswitch' };
const NSX_LOG = { name: 'host-var-log-ujo', mountPath: '/var/log/nsx-ujo' };
const OS_RELEASE = { name: 'host-os-release', mountPath: '/host/etc/os-release', readOnly: true };
const POD_ENV = (container: string) => [
  { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
  { name: 'CONTAINER_NAME', value: container },
];
const exec = (command: string) => ({ exec: { command: ['/bin/sh', '-c', command] } });
const OVS_MOUNTS = [
  PROJECTED,
  { name: 'var-run-ujo', mountPath: '/etc/openvswitch', subPath: 'openvswitch-db' },
  OVS_RUN,
  { name: 'host-sys', mountPath: '/sys', readOnly: true },
  { name: 'host-original-ovs-db', mountPath: '/host/etc/openvswitch' },
  { name: 'host-modules', mountPath: '/lib/modules', readOnly: true },
  OS_RELEASE,
  { name: 'host-var-log-ujo', mountPath: '/var/log/openvswitch', subPath: 'openvswitch' },
];
const names = (objects: any[]) => daemonSetOf(objects).spec.template.spec.containers.map((c: any) => c.name);
const volumeNames = (objects: any[]) => daemonSetOf(objects).spec.template.spec.volumes.map((v: any) => v.name);
const MASTER = { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' };
const NOT_READY = { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' };
const UNREACHABLE = { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' };

describe('NCP 2.5.0', () => {
  const vm = synthAgent({ ncpVersion: NcpVersion.V2_5_0 });
  const bm = synthAgent({ ncpVersion: NcpVersion.V2_5_0, nodeType: NodeType.BAREMETAL });
  const CONFIG = { name: 'config-volume', mountPath: '/etc/nsx-ujo/ncp.ini', subPath: 'ncp.ini', readOnly: true };

  test('three containers on HOSTVM; nsx-ovs never on BAREMETAL', () => {
    expect(names(vm)).toEqual(['nsx-node-agent', 'nsx-kube-proxy', 'nsx-ovs']);
    expect(names(bm)).toEqual(['nsx-node-agent', 'nsx-kube-proxy']);
  });

  test('pod: the three NoSchedule tolerations, grace period 120, no priority class', () => {
    const pod = daemonSetOf(vm).spec.template.spec;
    expect(pod.tolerations).toEqual([MASTER, NOT_READY, UNREACHABLE]);
    expect(pod.terminationGracePeriodSeconds).toBe(120);
    expect(pod.priorityClassName).toBeUndefined();
  });

  test('nsx-node-agent: ncp.ini by subPath from config-volume, cni-sock, probe 5/5/10/5', () => {
    const agent = containerOf(vm, 'nsx-node-agent');
    expect(agent.volumeMounts).toEqual([
      CONFIG,
      OVS_RUN,
      { name: 'cni-sock', mountPath: '/var/run/nsx-ujo' },
      { name: 'netns', mountPath: '/var/run/netns' },
      { name: 'proc', mountPath: '/host/proc', readOnly: true },
    ]);
    expect(agent.livenessProbe).toEqual({
      ...exec('timeout 5 check_pod_liveness nsx-node-agent'),
      initialDelaySeconds: 5,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(agent.env).toBeUndefined();
  });

  test('nsx-kube-proxy: ncp.ini by subPath and openvswitch', () => {
    expect(containerOf(vm, 'nsx-kube-proxy').volumeMounts).toEqual([CONFIG, OVS_RUN]);
  });

  test("nsx-ovs: the host's /etc/openvswitch directly, no run-directory database or log mount, probe 5/-/5/-", () => {
    const ovs = containerOf(vm, 'nsx-ovs');
    expect(ovs.securityContext.capabilities.add).toEqual(OVS_CAPS);
    expect(ovs.volumeMounts).toEqual([
      CONFIG,
      OVS_RUN,
      { name: 'host-sys', mountPath: '/sys', readOnly: true },
      { name: 'host-config-openvswitch', mountPath: '/etc/openvswitch' },
      { name: 'host-modules', mountPath: '/lib/modules', readOnly: true },
      OS_RELEASE,
    ]);
    expect(ovs.livenessProbe).toEqual({
      ...exec('timeout 5 check_pod_liveness nsx-ovs'),
      initialDelaySeconds: 5,
      periodSeconds: 5,
    });
  });

  test('volumes: config-volume (the ConfigMap, no items), cni-sock, host-config-openvswitch; none of 2.5.1', () => {
    const volumes = daemonSetOf(vm).spec.template.spec.volumes;
    expect(volumes[0]).toEqual({ name: 'config-volume', configMap: { name: 'nsx-node-agent-config' } });
    expect(volumes.find((v: any) => v.name === 'host-config-openvswitch')).toEqual({
      name: 'host-config-openvswitch',
      hostPath: { path: '/etc/openvswitch' },
    });
    expect(volumeNames(vm)).toEqual([
      'config-volume',
      'cni-sock',
      'netns',
      'proc',
      'openvswitch',
      'host-sys',
      'host-modules',
      'host-config-openvswitch',
      'host-os-release',
    ]);
    expect(volumeNames(bm)).toEqual(['config-volume', 'cni-sock', 'netns', 'proc', 'openvswitch']);
    const text = JSON.stringify(daemonSetOf(bm));
    expect(text).not.toContain('DAC_OVERRIDE');
    expect(text).not.toContain('nestdb');
  });
});

describe('NCP 2.5', () => {
  const vm = synthAgent({ ncpVersion: NcpVersion.V2_5 });
  const bm = synthAgent({ ncpVersion: NcpVersion.V2_5, nodeType: NodeType.BAREMETAL });

  test('three containers on HOSTVM; nsx-ovs never on BAREMETAL', () => {
    expect(names(vm)).toEqual(['nsx-node-agent', 'nsx-kube-proxy', 'nsx-ovs']);
    expect(names(bm)).toEqual(['nsx-node-agent', 'nsx-kube-proxy']);
  });

  test('pod: the three NoSchedule tolerations, no priority class or grace period', () => {
    const pod = daemonSetOf(vm).spec.template.spec;
    expect(pod.tolerations).toEqual([MASTER, NOT_READY, UNREACHABLE]);
    expect(pod.priorityClassName).toBeUndefined();
    expect(pod.terminationGracePeriodSeconds).toBeUndefined();
  });

  test('nsx-node-agent: projected config, var-run-ujo, probe 60/5/10/5, the four capabilities, no env', () => {
    const agent = containerOf(vm, 'nsx-node-agent');
    expect(agent.volumeMounts).toEqual([
      PROJECTED,
      OVS_RUN,
      { name: 'var-run-ujo', mountPath: '/var/run/nsx-ujo' },
      { name: 'netns', mountPath: '/var/run/netns' },
      { name: 'proc', mountPath: '/host/proc', readOnly: true },
    ]);
    expect(agent.livenessProbe).toEqual({
      ...exec('timeout 5 check_pod_liveness nsx-node-agent'),
      initialDelaySeconds: 60,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(agent.securityContext.capabilities.add).toEqual(BASE4);
    expect(agent.env).toBeUndefined();
  });

  test('nsx-kube-proxy: projected config and openvswitch, probe 5/-/5/-', () => {
    const proxy = containerOf(vm, 'nsx-kube-proxy');
    expect(proxy.volumeMounts).toEqual([PROJECTED, OVS_RUN]);
    expect(proxy.livenessProbe).toEqual({
      ...exec('timeout 5 check_pod_liveness nsx-kube-proxy'),
      initialDelaySeconds: 5,
      periodSeconds: 5,
    });
  });

  test('nsx-ovs: start_ovs, its four capabilities, probe 5/-/5/-, the host OVS mounts', () => {
    const ovs = containerOf(vm, 'nsx-ovs');
    expect(ovs.command).toEqual(['start_ovs']);
    expect(ovs.securityContext.capabilities.add).toEqual(OVS_CAPS);
    expect(ovs.livenessProbe).toEqual({
      ...exec('timeout 5 check_pod_liveness nsx-ovs'),
      initialDelaySeconds: 5,
      periodSeconds: 5,
    });
    expect(ovs.volumeMounts).toEqual(OVS_MOUNTS);
  });

  test('volumes: the projected ConfigMap item, host paths; log dir DirectoryOrCreate', () => {
    const volumes = daemonSetOf(vm).spec.template.spec.volumes;
    expect(volumes[0]).toEqual({
      name: 'projected-volume',
      projected: { sources: [{ configMap: { name: 'nsx-node-agent-config', items: [{ key: 'ncp.ini', path: 'ncp.ini' }] } }] },
    });
    expect(volumes.find((v: any) => v.name === 'host-var-log-ujo')).toEqual({
      name: 'host-var-log-ujo',
      hostPath: { path: '/var/log/nsx-ujo', type: 'DirectoryOrCreate' },
    });
    expect(volumeNames(vm)).toEqual([
      'projected-volume',
      'var-run-ujo',
      'netns',
      'proc',
      'openvswitch',
      'host-sys',
      'host-modules',
      'host-original-ovs-db',
      'host-os-release',
      'host-var-log-ujo',
    ]);
  });

  test('BAREMETAL: no nsx-ovs volumes, and no DAC_OVERRIDE or nestdb socket (gone from the 2.5 files)', () => {
    expect(volumeNames(bm)).toEqual(['projected-volume', 'var-run-ujo', 'netns', 'proc', 'openvswitch']);
    const text = JSON.stringify(daemonSetOf(bm));
    expect(text).not.toContain('DAC_OVERRIDE');
    expect(text).not.toContain('nestdb');
  });
});

describe('NCP 3.1', () => {
  const vm = synthAgent({ ncpVersion: NcpVersion.V3_1 });

  test('pod: grace period 60, the three tolerations, no priority class', () => {
    const pod = daemonSetOf(vm).spec.template.spec;
    expect(pod.terminationGracePeriodSeconds).toBe(60);
    expect(pod.tolerations).toEqual([MASTER, NOT_READY, UNREACHABLE]);
    expect(pod.priorityClassName).toBeUndefined();
  });

  test('nsx-node-agent: env, probe with its own timeout, containerd netns mount, device plugins', () => {
    const agent = containerOf(vm, 'nsx-node-agent');
    expect(agent.env).toEqual(POD_ENV('nsx-node-agent'));
    expect(agent.livenessProbe).toEqual({
      ...exec('check_pod_liveness nsx-node-agent 5'),
      initialDelaySeconds: 60,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(agent.volumeMounts).toEqual([
      PROJECTED,
      OVS_RUN,
      { name: 'var-run-ujo', mountPath: '/var/run/nsx-ujo' },
      { name: 'netns', mountPath: '/host/var/run/netns', mountPropagation: 'HostToContainer' },
      { name: 'proc', mountPath: '/host/proc', readOnly: true },
      { name: 'device-plugins', mountPath: '/var/lib/kubelet/device-plugins/', readOnly: true },
    ]);
    expect(agent.securityContext.capabilities.add).toEqual(BASE4);
  });

  test('nsx-kube-proxy: env, probe 10/5/10/5', () => {
    const proxy = containerOf(vm, 'nsx-kube-proxy');
    expect(proxy.env).toEqual(POD_ENV('nsx-kube-proxy'));
    expect(proxy.livenessProbe).toEqual({
      ...exec('check_pod_liveness nsx-kube-proxy 5'),
      initialDelaySeconds: 10,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(proxy.volumeMounts).toEqual([PROJECTED, OVS_RUN]);
  });

  test('nsx-ovs: no env (no release sets any on it)', () => {
    expect(containerOf(vm, 'nsx-ovs').env).toBeUndefined();
  });

  test('nsx-ovs: probe 10/10/10/-', () => {
    expect(containerOf(vm, 'nsx-ovs').livenessProbe).toEqual({
      ...exec('check_pod_liveness nsx-ovs 10'),
      initialDelaySeconds: 10,
      timeoutSeconds: 10,
      periodSeconds: 10,
    });
  });

  test('RBAC adds pods: get, list, update, patch', () => {
    const role = synthAgent({ ncpVersion: NcpVersion.V3_1 }).find((o) => o.metadata.name === 'nsx-node-agent-cluster-role');
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['endpoints', 'services'], verbs: ['get', 'watch', 'list'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'update', 'patch'] },
    ]);
  });
});

describe('NCP 4.2+', () => {
  const openshift = synthAgent({ ncpVersion: NcpVersion.V4_2 });
  const kubernetes = synthAgent({ ncpVersion: NcpVersion.V4_2, platform: Platform.KUBERNETES });

  test('pod: system-node-critical, grace period 60, the operator default tolerations', () => {
    const pod = daemonSetOf(openshift).spec.template.spec;
    expect(pod.priorityClassName).toBe('system-node-critical');
    expect(pod.terminationGracePeriodSeconds).toBe(60);
    expect(pod.tolerations).toEqual([
      MASTER,
      { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
      NOT_READY,
      UNREACHABLE,
      { operator: 'Exists', effect: 'NoExecute' },
    ]);
  });

  test('capabilities: NET_RAW on OpenShift, NET_RAW and AUDIT_WRITE on Kubernetes; nsx-ovs unchanged', () => {
    for (const name of ['nsx-node-agent', 'nsx-kube-proxy']) {
      expect(containerOf(openshift, name).securityContext.capabilities.add).toEqual([...BASE4, 'NET_RAW']);
      expect(containerOf(kubernetes, name).securityContext.capabilities.add).toEqual([...BASE4, 'NET_RAW', 'AUDIT_WRITE']);
    }
    expect(containerOf(openshift, 'nsx-ovs').securityContext.capabilities.add).toEqual(OVS_CAPS);
  });

  test('nsx-node-agent adds os-release and the log directory', () => {
    expect(containerOf(openshift, 'nsx-node-agent').volumeMounts.slice(-2)).toEqual([OS_RELEASE, NSX_LOG]);
  });

  test('nsx-kube-proxy: NODE_NAME, probe 60/5/10/5, log directory', () => {
    const proxy = containerOf(openshift, 'nsx-kube-proxy');
    expect(proxy.env).toEqual([
      ...POD_ENV('nsx-kube-proxy'),
      { name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } },
    ]);
    expect(proxy.livenessProbe).toMatchObject({
      initialDelaySeconds: 60,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(proxy.volumeMounts).toEqual([PROJECTED, OVS_RUN, NSX_LOG]);
  });

  test('nsx-ovs: probe 180/10/10/-, plus the nsx-ujo log directory', () => {
    const ovs = containerOf(openshift, 'nsx-ovs');
    expect(ovs.livenessProbe).toEqual({
      ...exec('check_pod_liveness nsx-ovs 10'),
      initialDelaySeconds: 180,
      timeoutSeconds: 10,
      periodSeconds: 10,
    });
    expect(ovs.volumeMounts).toEqual([...OVS_MOUNTS, NSX_LOG]);
  });

  test('BAREMETAL keeps the log and os-release volumes the other containers mount, drops the nsx-ovs ones', () => {
    const bm = synthAgent({ ncpVersion: NcpVersion.V4_2, baremetal: true });
    expect(volumeNames(bm)).toEqual([
      'projected-volume',
      'var-run-ujo',
      'netns',
      'proc',
      'openvswitch',
      'device-plugins',
      'host-os-release',
      'host-var-log-ujo',
    ]);
  });
});

describe.each(Object.values(NcpVersion).flatMap((v) => Object.values(NodeType).map((t) => [v, t] as const)))(
  'NCP %s %s invariants',
  (ncpVersion, nodeType) => {
    const objects = synthAgent({ ncpVersion, nodeType });
    const pod = daemonSetOf(objects).spec.template.spec;

    test('every mount names a defined volume, every volume is mounted', () => {
      const mounted = new Set(pod.containers.flatMap((c: any) => c.volumeMounts.map((m: any) => m.name)));
      expect([...mounted].sort()).toEqual(pod.volumes.map((v: any) => v.name).sort());
    });

    test('the ncp.ini volume is mounted read-only in every container', () => {
      for (const c of pod.containers) {
        expect(c.volumeMounts[0].readOnly).toBe(true);
      }
    });
  },
);
