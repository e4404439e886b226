import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importVendorManifest } from '../../src/import/import-manifest';
import { NodeType } from '../../src/releases/vendor';

const FIXTURES = join(__dirname, '..', 'fixtures', 'vendor');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const importFixture = (name: string) => importVendorManifest(fixture(name), { source: name });

/** The DaemonSet and ConfigMap of the 2.4 VM fixture, with `edit` applied to the text. */
const edited = (edit: (text: string) => string) => importVendorManifest(edit(fixture('v24-hostvm.yml')), { source: 'ds.yml' });

describe('nsx-node-agent import: what cannot be carried over is listed, never dropped', () => {
  const imported = importFixture('v24-openshift-customized.yml');
  const ds = 'DaemonSet/nsx-system/nsx-node-agent spec.template.spec';

  test('options the file sets differently from the vendor are imported', () => {
    expect(imported.problems).toEqual([]);
    expect(imported.values).toEqual({
      image: 'registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827',
      imagePullPolicy: 'Always',
      platform: 'OpenShift',
      tolerations: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }],
      nodeSelector: { 'node-role.kubernetes.io/compute': 'true' },
      priorityClassName: 'system-node-critical',
      maxUnavailable: 2,
      containers: {
        'nsx-node-agent': {
          resources: { requests: { cpu: '200m', memory: '512Mi' }, limits: { memory: '1Gi' } },
          env: { NO_PROXY: '.cluster.local' },
          livenessProbe: { initialDelaySeconds: 20 },
        },
      },
      labels: { team: 'network' },
      ncpIni: {
        DEFAULT: { log_dir: '/var/log/nsx-ujo/' },
        coe: { cluster: 'ocp-prod-1', nsxlib_loglevel: 'INFO' },
        k8s: {
          apiserver_host_ip: '192.0.2.40',
          apiserver_host_port: 8443,
          ca_file: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
          client_token_file: '/var/run/secrets/kubernetes.io/serviceaccount/token',
        },
        nsx_kube_proxy: { ovs_uplink_port: 'ens224' },
        extra: { k8s: { enable_hostport_snat_v2: 'True' } },
      },
    });
  });

  test('every field, section and object the options cannot express is a warning', () => {
    expect(imported.warnings).toEqual([
      "ncp.ini [ha] is a section of NCP's own ncp.ini, which the node agent does not read; not carried over: master_timeout = 18, heartbeat_period = 6",
      "ncp.ini [nsx_v3] is a section of NCP's own ncp.ini, which the node agent does not read; not carried over: nsx_api_managers = 192.0.2.5",
      'ncp.ini [k8s] enable_hostport_snat_v2 is not a key any NCP release in the model reads; carried over untyped as ncpIni.extra.k8s.enable_hostport_snat_v2 (a misspelt enable_hostport_snat?)',
      'user additions, not vendor fields (no release or node type is read from them), are not carried over: sidecar container rsyslog, volume rsyslog-config-volume (mounted in rsyslog), volume log-volume (mounted in nsx-node-agent, rsyslog)',
      'ClusterRole/nsx-node-agent-cluster-role rules: [{"apiGroups":[""],"resources":["endpoints","services","nodes","pods"],"verbs":["get","watch","list"]}] in the file becomes [{"apiGroups":[""],"resources":["endpoints","services"],"verbs":["get","watch","list"]}]',
      expect.stringMatching(/^SecurityContextConstraints\/ncp-scc is not imported: the construct generates its own SCC/),
      'ConfigMap/nsx-system/nsx-node-agent-config metadata.labels.team: not in the file; the generated manifest has "network"',
      `${ds}.hostPID: true in the file is not imported`,
      `${ds}.containers[nsx-node-agent].env[NODE_IP]: {"name":"NODE_IP","valueFrom":{"fieldRef":{"fieldPath":"status.hostIP"}}} in the file is not imported`,
      `${ds}.containers[nsx-node-agent].resources.requests.ephemeral-storage: "1Gi" in the file is not imported`,
      `${ds}.containers[nsx-node-agent].securityContext.privileged: true in the file is not imported`,
      `${ds}.containers[nsx-node-agent].securityContext.capabilities.add: ["DAC_OVERRIDE","DAC_READ_SEARCH","NET_ADMIN","SYS_ADMIN","SYS_PTRACE"] in the file becomes ["DAC_READ_SEARCH","NET_ADMIN","SYS_ADMIN","SYS_PTRACE"]`,
      `${ds}.containers[nsx-node-agent].volumeMounts[log-volume]: {"name":"log-volume","mountPath":"/var/log/nsx-ujo"} in the file is not imported`,
      `${ds}.containers[nsx-kube-proxy].securityContext.privileged: true in the file is not imported`,
      `${ds}.containers[nsx-kube-proxy].securityContext.capabilities.add: ["DAC_OVERRIDE","DAC_READ_SEARCH","NET_ADMIN","SYS_ADMIN","SYS_PTRACE"] in the file becomes ["DAC_READ_SEARCH","NET_ADMIN","SYS_ADMIN","SYS_PTRACE"]`,
      expect.stringMatching(
        /^DaemonSet\/nsx-system\/nsx-node-agent spec\.template\.spec\.containers\[rsyslog\]: \{.*\} in the file is not imported$/,
      ),
      `${ds}.volumes[rsyslog-config-volume]: {"name":"rsyslog-config-volume","configMap":{"name":"rsyslog-config-node-agent"}} in the file is not imported`,
      `${ds}.volumes[log-volume]: {"name":"log-volume","hostPath":{"path":"/var/log/nsx-ujo/"}} in the file is not imported`,
      'ConfigMap/nsx-system/rsyslog-config-node-agent is not imported: the construct generates only the node agent and the objects it needs',
    ]);
  });

  test('intended changes are listed apart from the warnings', () => {
    expect(imported.changes).toEqual(
      expect.arrayContaining([
        "ServiceAccount/nsx-system/nsx-node-agent-svc-account: automountServiceAccountToken: true is written out (Kubernetes' default for this API version)",
        "ClusterRole/nsx-node-agent-cluster-role: apiVersion v1 becomes rbac.authorization.k8s.io/v1, as today's Kubernetes serves it",
        "ClusterRoleBinding/nsx-node-agent-cluster-role-binding: roleRef.apiGroup: rbac.authorization.k8s.io is written out (Kubernetes' default for this API version)",
        "DaemonSet/nsx-system/nsx-node-agent: apiVersion extensions/v1beta1 becomes apps/v1, as today's Kubernetes serves it",
        'SecurityContextConstraints/nsx-node-agent-scc is generated (not in the file); applying it sets an existing object of that name to this content',
      ]),
    );
  });
});

describe('nsx-node-agent import: generation and node type', () => {
  test.each([
    ['v23-baremetal.yml', undefined, ['NCP 2.3/2.4: no field of a later generation']],
    [
      'v25-hostvm-ubuntu.yml',
      '2.5',
      ['NCP 2.5 generation: container nsx-ovs (2.5.0+), volume projected-volume (2.5+), volume var-run-ujo (2.5+)'],
    ],
    [
      'v31-baremetal.yml',
      '3.1',
      [
        'NCP 3.1 generation: volume projected-volume (2.5+), volume var-run-ujo (2.5+), env POD_NAME on nsx-node-agent (3.1+), netns mounted at /host/var/run/netns (3.1+)',
      ],
    ],
  ])('%s is NCP %s by its shape', (name, version, detected) => {
    const imported = importFixture(name);
    expect((imported.values as Record<string, unknown>).ncpVersion).toBe(version);
    expect(imported.detected[0]).toBe(detected[0]);
  });

  test('NCP 4.2 is told by NODE_NAME on nsx-kube-proxy', () => {
    // config_handler goes too: NCP 4.2 does not read it.
    const text = fixture('v31-baremetal.yml')
      .replace('config_handler = nestdb', '')
      .replace(
        'value: nsx-kube-proxy',
        'value: nsx-kube-proxy\n            - name: NODE_NAME\n              valueFrom: {fieldRef: {apiVersion: v1, fieldPath: spec.nodeName}}',
      );
    const imported = importVendorManifest(text);
    expect(imported.problems).toEqual([]);
    expect(imported.detected[0]).toMatch(/^NCP 4\.2 generation: .*, env NODE_NAME on nsx-kube-proxy \(4\.2\+\)$/);
    expect((imported.values as Record<string, unknown>).ncpVersion).toBe('4.2');
  });

  test('bare-metal lines without node_type = BAREMETAL: imported as BAREMETAL, with a warning naming both', () => {
    // ovs_uplink_port goes too: it is refused on bare metal.
    const imported = edited((t) => t.replace('# - DAC_OVERRIDE', '- DAC_OVERRIDE').replace('ovs_uplink_port = ens224', ''));
    expect(imported.problems).toEqual([]);
    expect(imported.values).toMatchObject({ nodeType: 'BAREMETAL' });
    expect(imported.warnings).toContain(
      'node type: the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy, but ncp.ini does not set node_type; imported as BAREMETAL, which also writes node_type = BAREMETAL and ovs_bridge = nsx-managed. If these are VM nodes, pass --node-type HOSTVM',
    );
    expect(imported.warnings).toContain(
      'node type: the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy but not the nestdb-sock mount on nsx-kube-proxy, the nestdb-sock volume: a partial bare-metal edit; the generated manifest has all of them',
    );
  });

  test('node_type = BAREMETAL without the bare-metal lines: imported as BAREMETAL, with a warning', () => {
    const imported = importFixture('v24-node-type-mismatch.yml');
    expect(imported.values).toMatchObject({ nodeType: 'BAREMETAL' });
    expect(imported.warnings[0]).toBe(
      'node type: ncp.ini sets node_type = BAREMETAL, but the DaemonSet has none of the bare-metal lines; imported as BAREMETAL, which adds them (DAC_OVERRIDE and the nestdb-sock socket on nsx-kube-proxy up to NCP 2.4; no nsx-ovs from 2.5). If these are VM nodes, pass --node-type HOSTVM',
    );
    // And the lines it adds are listed as differences.
    expect(imported.warnings.slice(1)).toEqual([
      expect.stringContaining('containers[nsx-kube-proxy].securityContext.capabilities.add'),
      expect.stringContaining('containers[nsx-kube-proxy].volumeMounts[nestdb-sock]: not in the file'),
      expect.stringContaining('volumes[nestdb-sock]: not in the file'),
    ]);
  });

  test('DAC_OVERRIDE on both containers with the nestdb socket is bare metal, not a partial edit', () => {
    const imported = importFixture('v23-baremetal.yml');
    const both = importVendorManifest(
      fixture('v23-baremetal.yml').replace(
        'add: [NET_ADMIN, SYS_ADMIN, SYS_PTRACE, DAC_READ_SEARCH]',
        'add: [NET_ADMIN, SYS_ADMIN, SYS_PTRACE, DAC_READ_SEARCH, DAC_OVERRIDE]',
      ),
    );
    expect(imported.warnings.filter((w) => w.includes('partial'))).toEqual([]);
    expect(both.values).toMatchObject({ nodeType: 'BAREMETAL' });
    expect(both.warnings.filter((w) => w.startsWith('node type:'))).toEqual([]);
  });

  test('DAC_OVERRIDE on both containers, as some OpenShift templates write it on every node, is not a bare-metal line', () => {
    expect(importFixture('v24-openshift-customized.yml').values).not.toHaveProperty('nodeType');
  });
});

describe('nsx-node-agent import: output of kubectl get -o yaml', () => {
  test('what the API server and kubectl write into objects is left out, with one note', () => {
    const plain = importFixture('v24-hostvm.yml');
    const exported = edited((t) =>
      t
        .replace(
          'kind: DaemonSet\nmetadata:\n',
          'kind: DaemonSet\nmetadata:\n  uid: 0b6f\n  resourceVersion: "42"\n  generation: 3\n  annotations:\n    deprecated.daemonset.template.generation: "3"\n    kubectl.kubernetes.io/last-applied-configuration: "{}"\n',
        )
        .concat('status:\n  numberReady: 3\n'),
    );
    expect(exported.problems).toEqual([]);
    expect(exported.values).toEqual(plain.values);
    expect(exported.warnings).toEqual(plain.warnings);
    expect(exported.changes).toEqual([
      'what the API server and kubectl write into objects (status, uid, resourceVersion, the last-applied annotation) is left out',
      ...plain.changes,
    ]);
  });
});

describe('nsx-node-agent import: files it refuses', () => {
  test('a file without a node-agent DaemonSet', () => {
    expect(importFixture('not-a-node-agent.yml').problems.map(String)).toEqual([
      'not-a-node-agent.yml: is not an nsx-node-agent manifest: no DaemonSet has a container running start_node_agent (got "ConfigMap/nsx-system/nsx-ncp-config, Deployment/nsx-system/nsx-ncp")\n' +
        "    allowed: the vendor's nsx-node-agent-ds.yml (a ConfigMap with ncp.ini and the nsx-node-agent DaemonSet), edited or not\n" +
        '    fix: import the file that defines the nsx-node-agent DaemonSet',
    ]);
  });

  test('a file without the ConfigMap the DaemonSet mounts', () => {
    const text = fixture('v24-hostvm.yml');
    const imported = importVendorManifest(text.slice(text.indexOf('---')), { source: 'ds.yml' });
    expect(imported.problems.map(String)).toEqual([
      'ds.yml: has no the ConfigMap nsx-node-agent-config the DaemonSet mounts (not set)\n' +
        '    allowed: the node-agent ConfigMap (key ncp.ini) and DaemonSet in one file, as the vendor ships them\n' +
        '    fix: add the ConfigMap to the file, e.g. kubectl get configmap -n nsx-system nsx-node-agent-config -o yaml',
    ]);
  });

  test('two node-agent DaemonSets', () => {
    const text = fixture('v24-hostvm.yml');
    const second = text.slice(text.lastIndexOf('---')).replace('name: nsx-node-agent\n', 'name: nsx-node-agent-bm\n');
    expect(importVendorManifest(text + second, { source: 'ds.yml' }).problems.map((p) => p.issue)).toEqual([
      'has 2 node-agent DaemonSets',
    ]);
  });

  test('YAML that cannot be read names the line', () => {
    expect(String(importVendorManifest('kind: ConfigMap\n\tdata: x\n', { source: 'ds.yml' }).problems[0])).toMatch(
      /^ds\.yml line 2, column 1: is not valid YAML: Tabs are not allowed as indentation/,
    );
  });

  test('an ncp.ini value NCP would refuse is a problem naming its line', () => {
    const imported = edited((t) => t.replace('apiserver_host_port = 6443', 'apiserver_host_port = https'));
    expect(imported.problems.map((p) => p.option)).toEqual([
      'ds.yml ConfigMap/nsx-node-agent-config ncp.ini [k8s] apiserver_host_port (line 20)',
    ]);
  });

  test('a key in the section of another release is a problem saying where it belongs', () => {
    const imported = edited((t) => t.replace('[nsx_kube_proxy]\n    ovs_uplink_port', '[nsx_node_agent]\n    ovs_uplink_port'));
    expect(imported.problems.map(String)).toEqual([expect.stringContaining('NCP 2.3/2.4 reads it from [nsx_kube_proxy]')]);
  });

  const placeholder = (t: string) => t.replaceAll('harbor.corp.example/nsx/nsx-ncp-ubuntu:2.4.1.13515827', 'nsx-ncp');
  const placeholderProblem =
    'image: is the vendor guide\'s placeholder, not an image you loaded (got "nsx-ncp")\n' +
    '    allowed: the reference of the NCP image in your registry, e.g. registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827\n' +
    '    fix: pass --image REF with the image your nodes run, e.g. --image registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827; the values file then names it';

  test("the vendor's placeholder image is a problem whose fix is --image", () => {
    expect(edited(placeholder).problems.map(String)).toEqual([placeholderProblem]);
  });

  test('every problem at once: ncp.ini, node type and the construct in one run, ncp.ini ones once, by line', () => {
    const imported = edited((t) =>
      placeholder(t)
        .replace(/cluster = .*/, '')
        .replace('apiserver_host_port = 6443', 'apiserver_host_port = https'),
    );
    expect(imported.problems.map(String)).toEqual([
      'ds.yml ConfigMap/nsx-node-agent-config ncp.ini [k8s] apiserver_host_port (line 20): is not an integer from 1 to 65535 (got "https")\n' +
        '    allowed: an integer from 1 to 65535\n' +
        "    fix: write an integer from 1 to 65535, or remove the line for NCP's default",
      'ds.yml ConfigMap/nsx-node-agent-config ncp.ini [coe] cluster: is required (not set)\n' +
        '    allowed: the cluster name NCP uses\n' +
        "    fix: set ds.yml ConfigMap/nsx-node-agent-config ncp.ini [coe] cluster to the value of [coe] cluster in NCP's own ncp.ini",
      placeholderProblem,
    ]);
  });

  test('--image replaces the placeholder: the values name it, and the change is listed, not warned', () => {
    const image = 'registry.example.com/nsx/nsx-ncp-ubuntu:2.4.1.13515827';
    const imported = importVendorManifest(placeholder(fixture('v24-hostvm.yml')), { source: 'ds.yml', image });
    expect(imported.problems).toEqual([]);
    expect(imported.values).toMatchObject({ image });
    expect(imported.changes[0]).toBe(`image: the file's "nsx-ncp" is replaced by "${image}" (--image)`);
    expect(imported.warnings).toEqual(importFixture('v24-hostvm.yml').warnings);
  });

  test("--image that is no image reference is the construct's problem", () => {
    const imported = importVendorManifest(fixture('v24-hostvm.yml'), { image: 'Not An Image' });
    expect(imported.problems.map((p) => `${p.option}: ${p.issue}`)).toEqual([expect.stringMatching(/^image: /)]);
  });
});

describe('nsx-node-agent import: detection by evidence, user additions apart', () => {
  const additions =
    'user additions, not vendor fields (no release or node type is read from them), are not carried over: sidecar container rsyslog, ' +
    'volume rsyslog-config-volume (mounted in rsyslog), volume log-volume (mounted in nsx-node-agent, nsx-kube-proxy, rsyslog)';

  test.each([
    [
      'v23-baremetal-rsyslog.yml',
      'BAREMETAL',
      'ncp.ini says BAREMETAL; the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy, the nestdb-sock mount on nsx-kube-proxy, the nestdb-sock volume',
    ],
    ['v23-hostvm-rsyslog.yml', 'HOSTVM', 'ncp.ini says HOSTVM; the DaemonSet has no bare-metal lines'],
  ])('%s: a log volume at /var/log/nsx-ujo and an rsyslog sidecar are no NCP 4.2 marker; node type %s', (name, type, why) => {
    const imported = importFixture(name);
    expect(imported.problems).toEqual([]);
    expect(imported.detected).toEqual([
      'NCP 2.3/2.4: no field of a later generation',
      `node type ${type}: ${why}`,
      'platform OpenShift: ncp.ini says adaptor = openshift',
    ]);
    expect(imported.values).not.toHaveProperty('ncpVersion');
    expect((imported.values as Record<string, unknown>).nodeType).toBe(type === 'BAREMETAL' ? 'BAREMETAL' : undefined);
    expect(imported.warnings[0]).toBe(additions);
  });

  test("the vendor's own log volume (host-var-log-ujo, DirectoryOrCreate) on nsx-kube-proxy still marks NCP 4.2", () => {
    const text = fixture('v31-baremetal.yml')
      .replace('config_handler = nestdb', '')
      .replace(
        '            - name: openvswitch\n              mountPath: /var/run/openvswitch\n      volumes:',
        '            - name: openvswitch\n              mountPath: /var/run/openvswitch\n            - name: host-var-log-ujo\n              mountPath: /var/log/nsx-ujo\n      volumes:\n        - name: host-var-log-ujo\n          hostPath: {path: /var/log/nsx-ujo, type: DirectoryOrCreate}',
      );
    const imported = importVendorManifest(text);
    expect(imported.problems).toEqual([]);
    expect(imported.detected[0]).toMatch(/, volume host-var-log-ujo \(DirectoryOrCreate\) on nsx-kube-proxy \(4\.2\+\)$/);
    expect(imported.values).toMatchObject({ ncpVersion: '4.2' });
  });

  test('NCP 2.5.0 (nsx-ovs beside the subPath config mount and cni-sock) keeps its line; a 2.5.1 file stays 2.5', () => {
    const v250 = importFixture('v250-hostvm.yml');
    expect(v250.problems).toEqual([]);
    expect(v250.values).toMatchObject({ ncpVersion: '2.5.0' });
    expect(v250.warnings.filter((w) => w.startsWith('generation:'))).toEqual([]);
    expect(importFixture('v25-hostvm-ubuntu.yml').values).toMatchObject({ ncpVersion: '2.5' });
  });

  test("a 2.5.1 file that kept 2.5.0's nsx-ovs volume is 2.5, with a warning naming it", () => {
    const text = fixture('v25-hostvm-ubuntu.yml').replace(
      '        - name: host-os-release\n          hostPath:',
      '        - name: host-config-openvswitch\n          hostPath:\n            path: /etc/openvswitch\n        - name: host-os-release\n          hostPath:',
    );
    const imported = importVendorManifest(text);
    expect(imported.values).toMatchObject({ ncpVersion: '2.5' });
    expect(imported.warnings).toContainEqual(
      expect.stringContaining('but also volume host-config-openvswitch (up to the 2.5.0 line); imported as the 2.5 line'),
    );
  });

  test('a field of an earlier generation beside later markers is a warning naming both', () => {
    const text = fixture('v31-baremetal.yml').replace(
      'check_pod_liveness nsx-node-agent 5',
      'timeout 5 check_pod_liveness nsx-node-agent',
    );
    const imported = importVendorManifest(text);
    expect(imported.values).toMatchObject({ ncpVersion: '3.1' });
    expect(imported.warnings).toContain(
      'generation: the DaemonSet has volume projected-volume (2.5+), volume var-run-ujo (2.5+), env POD_NAME on nsx-node-agent (3.1+), ' +
        'netns mounted at /host/var/run/netns (3.1+), but also a liveness check without its own timeout (up to the 2.5 line); ' +
        'imported as the 3.1 line, whose manifest replaces it. If the file is of an earlier release, set ncpVersion in the values file',
    );
  });

  describe('an explicit node_type = HOSTVM is never overridden by bare-metal lines', () => {
    const text = fixture('v23-hostvm-rsyslog.yml').replace('# - DAC_OVERRIDE', '- DAC_OVERRIDE');

    test('without --node-type the import stops, naming the lines that disagree and how to choose', () => {
      expect(importVendorManifest(text, { source: 'ds.yml' }).problems.map(String)).toEqual([
        'ds.yml node type: ncp.ini sets node_type = HOSTVM, but the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy (got "HOSTVM")\n' +
          '    allowed: HOSTVM or BAREMETAL, chosen by --node-type where the file disagrees with itself\n' +
          '    fix: pass --node-type HOSTVM for VM nodes (the bare-metal lines are not carried over), or --node-type BAREMETAL for bare-metal nodes (ncp.ini gets node_type = BAREMETAL)',
      ]);
    });

    test('--node-type HOSTVM keeps the VM nodes, with a warning naming the other side', () => {
      const imported = importVendorManifest(text, { nodeType: NodeType.HOSTVM });
      expect(imported.problems).toEqual([]);
      expect(imported.values).not.toHaveProperty('nodeType');
      expect(imported.warnings).toContain(
        'node type: --node-type HOSTVM is imported, against the DaemonSet has DAC_OVERRIDE on nsx-kube-proxy',
      );
    });

    test('--node-type BAREMETAL makes them bare metal, with a warning naming both sides', () => {
      const imported = importVendorManifest(text.replace('ovs_uplink_port = ens224', ''), { nodeType: NodeType.BAREMETAL });
      expect(imported.problems).toEqual([]);
      expect(imported.values).toMatchObject({ nodeType: 'BAREMETAL' });
      expect(imported.warnings).toContain("node type: --node-type BAREMETAL is imported, against ncp.ini's node_type = HOSTVM");
    });
  });
});

describe('nsx-node-agent import: the namespace warning names the objects that lack one', () => {
  test('no object names one: one warning for the file', () => {
    expect(importFixture('v24-hostvm.yml').warnings).toContain(
      "namespace: the file's objects name none (it was applied with -n); the generated ones are in nsx-system. Set namespace if you applied the file elsewhere",
    );
  });

  test('the DaemonSet names nsx-system and the ConfigMap none: the ConfigMap is named', () => {
    const imported = edited((t) =>
      t.replace('kind: DaemonSet\nmetadata:\n', 'kind: DaemonSet\nmetadata:\n  namespace: nsx-system\n'),
    );
    expect(imported.warnings.filter((w) => w.startsWith('namespace:'))).toEqual([
      'namespace: ConfigMap/nsx-node-agent-config names none, while DaemonSet/nsx-system/nsx-node-agent names nsx-system; the generated ones are in nsx-system. Set namespace if you applied the file elsewhere',
    ]);
  });
});

describe('nsx-node-agent import: each warning class, word for word', () => {
  test('a VM file applied with -n, the service account commented, AppArmor, a stray document and a PodSecurityPolicy', () => {
    const imported = edited(
      (t) =>
        `${t}---\nnote: not an object\n---\napiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: nsx-node-agent-psp\nspec: {}\n`,
    );
    expect(imported.problems).toEqual([]);
    expect(imported.warnings).toEqual([
      'document 3 of ds.yml is not a Kubernetes object (no apiVersion and kind); it is not imported',
      'pod annotation container.apparmor.security.beta.kubernetes.io/nsx-node-agent is carried over under podAnnotations: it needs the AppArmor profile loaded on every node (Ubuntu); where AppArmor is off, remove it, or the pods do not start',
      "DaemonSet/nsx-node-agent: the file's pods run as the namespace's default service account (serviceAccountName unset); the generated pods run as nsx-node-agent-svc-account, with the vendor's RBAC",
      'PodSecurityPolicy/nsx-node-agent-psp is not imported: PodSecurityPolicy is gone since Kubernetes 1.25',
      "namespace: the file's objects name none (it was applied with -n); the generated ones are in nsx-system. Set namespace if you applied the file elsewhere",
    ]);
  });
});

describe('nsx-node-agent import: platform from the SCC and the adaptor together', () => {
  test('an SCC beside adaptor = kubernetes stops the import with a problem naming both lines', () => {
    const text = fixture('v24-openshift-customized.yml').replace('adaptor = openshift', 'adaptor = kubernetes');
    const imported = importVendorManifest(text, { source: 'ds.yml' });
    expect(imported.values).toEqual({});
    expect(imported.problems.map(String)).toEqual([
      'ds.yml [coe] adaptor: disagrees with SecurityContextConstraints/ncp-scc in the same file, which is OpenShift\'s (got "kubernetes")\n' +
        '    allowed: on OpenShift: adaptor openshift4 (NCP 3.1 on) or openshift, with an SCC; on Kubernetes: adaptor kubernetes, no SCC\n' +
        '    fix: correct [coe] adaptor in the file, or remove the SCC from the file if the cluster is plain Kubernetes; then import again',
    ]);
  });

  test('an OpenShift adaptor that the platform writes anyway is not repeated in the values', () => {
    const imported = importVendorManifest(fixture('v24-openshift-customized.yml'));
    expect(imported.values).toMatchObject({ platform: 'OpenShift' });
    expect((imported.values as { ncpIni?: { coe?: object } }).ncpIni?.coe).not.toHaveProperty('adaptor');
  });
});

describe('nsx-node-agent import: credentials in the ncp.ini are never shown or carried over', () => {
  const imported = edited((text) =>
    text
      .replace('    [ha]\n', '    [nsx_v3]\n    nsx_api_user = admin\n    nsx_api_password = Hunter2-S3cret\n    [ha]\n')
      .replace('    [k8s]\n', '    [k8s]\n    client_token = eyJhbGciOi-token\n'),
  );

  test("NCP's own section: the credential's value is hidden in the warning", () => {
    expect(imported.problems).toEqual([]);
    expect(imported.warnings).toContainEqual(
      expect.stringContaining('not carried over: nsx_api_user = admin, nsx_api_password = (value hidden)'),
    );
  });

  test('a credential-like key of an agent section is not carried into ncpIni.extra, and its value is hidden', () => {
    expect(JSON.stringify(imported.values)).not.toContain('eyJhbGciOi-token');
    expect(imported.warnings).toContainEqual(
      expect.stringContaining('ncp.ini [k8s] client_token looks like a credential (value hidden); not carried over'),
    );
    expect(imported.warnings.join('\n')).not.toMatch(/Hunter2-S3cret|eyJhbGciOi-token/);
  });
});
