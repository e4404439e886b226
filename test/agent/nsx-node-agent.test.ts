import { createHash } from 'node:crypto';
import { ApiObject, Chart, JsonPatch, Testing } from 'cdk8s';
import { parse } from 'ini';
import { NodeType, NsxNodeAgent, Platform } from '../../src';
import { BASE_PROPS, configMapOf, containerOf, daemonSetOf, synthAgent, testApp } from '../support';

const LABELS = { tier: 'nsx-networking', component: 'nsx-node-agent', version: 'v1' };
const NESTDB = '/var/run/vmware/nestdb/nestdb-server.sock';
const CONTAINERS = ['nsx-node-agent', 'nsx-kube-proxy'];

const hostvm = synthAgent();
const baremetal = synthAgent({ nodeType: NodeType.BAREMETAL });
const iniOf = (objects: any[]) => parse(configMapOf(objects).data['ncp.ini']);

describe('vendor shape (NCP 2.3/2.4 nsx-node-agent-ds.yml, apps/v1)', () => {
  test('emits the companion objects first, then the ConfigMap and the DaemonSet', () => {
    expect(hostvm.map((o) => `${o.apiVersion}/${o.kind}/${o.metadata.name}`)).toEqual([
      'v1/Namespace/nsx-system',
      'v1/ServiceAccount/nsx-node-agent-svc-account',
      'rbac.authorization.k8s.io/v1/ClusterRole/nsx-node-agent-cluster-role',
      'rbac.authorization.k8s.io/v1/ClusterRoleBinding/nsx-node-agent-cluster-role-binding',
      'security.openshift.io/v1/SecurityContextConstraints/nsx-node-agent-scc',
      'rbac.authorization.k8s.io/v1/ClusterRole/nsx-node-agent-scc-cluster-role',
      'rbac.authorization.k8s.io/v1/ClusterRoleBinding/nsx-node-agent-scc-cluster-role-binding',
      'v1/ConfigMap/nsx-node-agent-config',
      'apps/v1/DaemonSet/nsx-node-agent',
    ]);
  });

  test('DaemonSet carries the vendor names, labels and a selector matching the pod labels', () => {
    const ds = daemonSetOf(hostvm);
    expect(ds.metadata).toEqual({ name: 'nsx-node-agent', namespace: 'nsx-system', labels: LABELS });
    expect(ds.spec.selector).toEqual({ matchLabels: LABELS });
    expect(ds.spec.template.metadata.labels).toEqual(LABELS);
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate' });
  });

  test('pod runs on the host network as the vendor service account, with nothing the vendor file lacks', () => {
    const pod = daemonSetOf(hostvm).spec.template.spec;
    expect(Object.keys(pod).sort()).toEqual(['containers', 'hostNetwork', 'serviceAccountName', 'volumes']);
    expect(pod.hostNetwork).toBe(true);
    expect(pod.serviceAccountName).toBe('nsx-node-agent-svc-account');
  });

  test('containers run the vendor commands from the given image with IfNotPresent', () => {
    expect(daemonSetOf(hostvm).spec.template.spec.containers.map((c: any) => c.name)).toEqual(CONTAINERS);
    expect(containerOf(hostvm, 'nsx-node-agent').command).toEqual(['start_node_agent']);
    expect(containerOf(hostvm, 'nsx-kube-proxy').command).toEqual(['start_kube_proxy']);
    for (const name of CONTAINERS) {
      expect(containerOf(hostvm, name).image).toBe(BASE_PROPS.image);
      expect(containerOf(hostvm, name).imagePullPolicy).toBe('IfNotPresent');
    }
  });

  test('liveness probes are the vendor exec checks with the vendor timings', () => {
    expect(containerOf(hostvm, 'nsx-node-agent').livenessProbe).toEqual({
      exec: { command: ['/bin/sh', '-c', 'timeout 5 check_pod_liveness nsx-node-agent'] },
      initialDelaySeconds: 5,
      timeoutSeconds: 5,
      periodSeconds: 10,
      failureThreshold: 5,
    });
    expect(containerOf(hostvm, 'nsx-kube-proxy').livenessProbe).toEqual({
      exec: { command: ['/bin/sh', '-c', 'timeout 5 check_pod_liveness nsx-kube-proxy'] },
      initialDelaySeconds: 5,
      periodSeconds: 5,
    });
  });

  test('nsx-node-agent mounts the vendor host paths', () => {
    expect(containerOf(hostvm, 'nsx-node-agent').volumeMounts).toEqual([
      { name: 'config-volume', mountPath: '/etc/nsx-ujo/ncp.ini', subPath: 'ncp.ini', readOnly: true },
      { name: 'openvswitch', mountPath: '/var/run/openvswitch' },
      { name: 'cni-sock', mountPath: '/var/run/nsx-ujo' },
      { name: 'netns', mountPath: '/var/run/netns' },
      { name: 'proc', mountPath: '/host/proc', readOnly: true },
    ]);
  });

  test('volumes are the ConfigMap and untyped host paths', () => {
    expect(daemonSetOf(hostvm).spec.template.spec.volumes).toEqual([
      { name: 'config-volume', configMap: { name: 'nsx-node-agent-config' } },
      { name: 'cni-sock', hostPath: { path: '/var/run/nsx-ujo' } },
      { name: 'netns', hostPath: { path: '/var/run/netns' } },
      { name: 'proc', hostPath: { path: '/proc' } },
      { name: 'openvswitch', hostPath: { path: '/var/run/openvswitch' } },
    ]);
  });

  test('the pod template carries the hash of the rendered ncp.ini, so a config change rolls the pods', () => {
    const sha256 = createHash('sha256').update(configMapOf(hostvm).data['ncp.ini']).digest('hex');
    expect(daemonSetOf(hostvm).spec.template.metadata.annotations).toEqual({ 'checksum/ncp.ini': sha256 });
    const changed = synthAgent({ ncpIni: { coe: { cluster: 'other' } } });
    expect(daemonSetOf(changed).spec.template.metadata.annotations['checksum/ncp.ini']).not.toBe(sha256);
  });

  test('rollOnConfigChange: false leaves the pod template without annotations, as the vendor file', () => {
    expect(daemonSetOf(synthAgent({ rollOnConfigChange: false })).spec.template.metadata).toEqual({ labels: LABELS });
  });

  test('ConfigMap is named by the vendor and holds ncp.ini', () => {
    const cm = configMapOf(hostvm);
    expect(cm.metadata).toEqual({ name: 'nsx-node-agent-config', namespace: 'nsx-system', labels: { version: 'v1' } });
    expect(Object.keys(cm.data)).toEqual(['ncp.ini']);
  });
});

describe.each([
  ['HOSTVM', hostvm],
  ['BAREMETAL', baremetal],
])('%s invariants', (_, objects) => {
  test('the ncp.ini ConfigMap is mounted read-only in every container', () => {
    for (const container of daemonSetOf(objects).spec.template.spec.containers) {
      const mounts = container.volumeMounts.filter((m: any) => m.name === 'config-volume');
      expect(mounts).toEqual([{ name: 'config-volume', mountPath: '/etc/nsx-ujo/ncp.ini', subPath: 'ncp.ini', readOnly: true }]);
    }
  });

  test('every volumeMount names a defined volume, and every volume is mounted', () => {
    const pod = daemonSetOf(objects).spec.template.spec;
    const defined = pod.volumes.map((v: any) => v.name);
    const mounted = pod.containers.flatMap((c: any) => c.volumeMounts.map((m: any) => m.name));
    expect(new Set(defined).size).toBe(defined.length);
    expect([...new Set(mounted)].sort()).toEqual([...defined].sort());
  });

  test('nsx-node-agent keeps exactly the four vendor capabilities', () => {
    expect(containerOf(objects, 'nsx-node-agent').securityContext).toEqual({
      capabilities: { add: ['NET_ADMIN', 'SYS_ADMIN', 'SYS_PTRACE', 'DAC_READ_SEARCH'] },
    });
  });

  test('the config volume references the ConfigMap that is emitted', () => {
    const volume = daemonSetOf(objects).spec.template.spec.volumes.find((v: any) => v.name === 'config-volume');
    expect(volume.configMap.name).toBe(configMapOf(objects).metadata.name);
  });
});

describe('the five bare-metal edits of the vendor guide', () => {
  test('1: [coe] node_type = BAREMETAL (HOSTVM writes HOSTVM)', () => {
    expect(iniOf(baremetal).coe.node_type).toBe('BAREMETAL');
    expect(iniOf(hostvm).coe.node_type).toBe('HOSTVM');
  });

  test('2: [nsx_node_agent] ovs_bridge = nsx-managed (HOSTVM uses br-int)', () => {
    expect(iniOf(baremetal).nsx_node_agent.ovs_bridge).toBe('nsx-managed');
    expect(iniOf(hostvm).nsx_node_agent.ovs_bridge).toBe('br-int');
  });

  test('3: DAC_OVERRIDE is added on nsx-kube-proxy only, after the four vendor capabilities', () => {
    expect(containerOf(baremetal, 'nsx-kube-proxy').securityContext.capabilities.add).toEqual([
      'NET_ADMIN',
      'SYS_ADMIN',
      'SYS_PTRACE',
      'DAC_READ_SEARCH',
      'DAC_OVERRIDE',
    ]);
    expect(JSON.stringify(containerOf(baremetal, 'nsx-node-agent'))).not.toContain('DAC_OVERRIDE');
  });

  test('4: the nestdb-sock mount is on nsx-kube-proxy only, last, without readOnly or subPath', () => {
    expect(containerOf(baremetal, 'nsx-kube-proxy').volumeMounts.at(-1)).toEqual({ name: 'nestdb-sock', mountPath: NESTDB });
    expect(JSON.stringify(containerOf(baremetal, 'nsx-node-agent'))).not.toContain('nestdb');
  });

  test('5: the nestdb-sock volume is a hostPath of type Socket, last', () => {
    expect(daemonSetOf(baremetal).spec.template.spec.volumes.at(-1)).toEqual({
      name: 'nestdb-sock',
      hostPath: { path: NESTDB, type: 'Socket' },
    });
  });

  test('nothing else changes: BAREMETAL differs from HOSTVM only in those five places', () => {
    const strip = (objects: any[]) => {
      const [cm, ds] = structuredClone([configMapOf(objects), daemonSetOf(objects)]);
      delete ds.spec.template.metadata.annotations;
      delete cm.data;
      const proxy = ds.spec.template.spec.containers[1];
      proxy.securityContext.capabilities.add = proxy.securityContext.capabilities.add.filter((c: string) => c !== 'DAC_OVERRIDE');
      proxy.volumeMounts = proxy.volumeMounts.filter((m: any) => m.name !== 'nestdb-sock');
      ds.spec.template.spec.volumes = ds.spec.template.spec.volumes.filter((v: any) => v.name !== 'nestdb-sock');
      return [cm, ds];
    };
    expect(strip(baremetal)).toEqual(strip(hostvm));
    const { coe: bmCoe, nsx_node_agent: bmAgent, ...bmRest } = iniOf(baremetal);
    const { coe: vmCoe, nsx_node_agent: vmAgent, ...vmRest } = iniOf(hostvm);
    expect(bmRest).toEqual(vmRest);
    expect({ ...bmCoe, node_type: 'x' }).toEqual({ ...vmCoe, node_type: 'x' });
  });

  test('baremetal: true is the same as nodeType BAREMETAL', () => {
    expect(synthAgent({ baremetal: true })).toEqual(baremetal);
  });

  test('HOSTVM output carries none of the bare-metal lines', () => {
    const text = JSON.stringify(hostvm);
    expect(text).not.toContain('DAC_OVERRIDE');
    expect(text).not.toContain('nestdb');
    expect(text).not.toContain('Socket');
    expect(text).not.toContain('BAREMETAL');
    expect(text).not.toContain('nsx-managed');
  });

  test('ovsBridge overrides the bare-metal bridge', () => {
    expect(iniOf(synthAgent({ baremetal: true, ovsBridge: 'br-nsx' })).nsx_node_agent.ovs_bridge).toBe('br-nsx');
  });
});

describe('names and options', () => {
  test('names, namespace, service account and pull policy are overridable, and the references follow', () => {
    const objects = synthAgent({
      name: 'nsx-node-agent-bm',
      configMapName: 'nsx-node-agent-bm-config',
      namespaceName: 'nsx',
      serviceAccountName: 'agent',
      imagePullPolicy: 'Always' as any,
    });
    const ds = daemonSetOf(objects);
    expect(ds.metadata.name).toBe('nsx-node-agent-bm');
    expect(ds.metadata.namespace).toBe('nsx');
    expect(configMapOf(objects).metadata).toMatchObject({ name: 'nsx-node-agent-bm-config', namespace: 'nsx' });
    expect(ds.spec.template.spec.volumes[0].configMap.name).toBe('nsx-node-agent-bm-config');
    expect(ds.spec.template.spec.serviceAccountName).toBe('agent');
    expect(ds.spec.template.spec.containers.map((c: any) => c.imagePullPolicy)).toEqual(['Always', 'Always']);
  });

  test('exposes the DaemonSet as default child and both objects for escape hatches', () => {
    const chart = new Chart(testApp(), 'escape');
    const agent = new NsxNodeAgent(chart, 'agent', BASE_PROPS);
    expect(ApiObject.of(agent)).toBe(agent.daemonSet);
    ApiObject.of(agent).addJsonPatch(JsonPatch.add('/spec/template/spec/priorityClassName', 'system-node-critical'));
    agent.configMap.metadata.addAnnotation('team', 'network');
    const objects = Testing.synth(chart);
    expect(daemonSetOf(objects).spec.template.spec.priorityClassName).toBe('system-node-critical');
    expect(configMapOf(objects).metadata.annotations).toEqual({ team: 'network' });
  });

  test('two agents with distinct names synthesize side by side', () => {
    const chart = new Chart(testApp(), 'mixed');
    new NsxNodeAgent(chart, 'vm', { ...BASE_PROPS, platform: Platform.KUBERNETES, nodeSelector: { 'nsx-node-type': 'hostvm' } });
    new NsxNodeAgent(chart, 'bm', {
      ...BASE_PROPS,
      platform: Platform.KUBERNETES,
      baremetal: true,
      name: 'nsx-node-agent-bm',
      nodeSelector: { 'nsx-node-type': 'baremetal' },
    });
    expect(Testing.synth(chart).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/nsx-system',
      'ServiceAccount/nsx-node-agent-svc-account',
      'ClusterRole/nsx-node-agent-cluster-role',
      'ClusterRoleBinding/nsx-node-agent-cluster-role-binding',
      'ConfigMap/nsx-node-agent-config',
      'DaemonSet/nsx-node-agent',
      'ServiceAccount/nsx-node-agent-bm-svc-account',
      'ClusterRoleBinding/nsx-node-agent-bm-cluster-role-binding',
      'ConfigMap/nsx-node-agent-bm-config',
      'DaemonSet/nsx-node-agent-bm',
    ]);
  });
});

describe('snapshots', () => {
  test('HOSTVM', () => {
    expect(hostvm).toMatchSnapshot();
  });

  test('BAREMETAL', () => {
    expect(baremetal).toMatchSnapshot();
  });
});
