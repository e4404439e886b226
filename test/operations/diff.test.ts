import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { USAGE_HINT } from '../../src/cli/cli';
import { DIFFERS } from '../../src/operations/diff-command';
import { cli, ROOT } from './support';

const VALUES = join(ROOT, 'values.yaml');
const generated = () =>
  parseAllDocuments(readFileSync(join(ROOT, 'dist', 'nsx-node-agent.k8s.yaml'), 'utf8')).map((d) => d.toJS());

/** The generated objects as `oc get -o yaml` returns them: what the API server writes and defaults added. */
function asLive(objects: any[]): any[] {
  return objects.map((object, i) => {
    const live = structuredClone(object);
    live.metadata = {
      ...live.metadata,
      uid: `0000-${i}`,
      resourceVersion: String(1000 + i),
      generation: 2,
      creationTimestamp: '2026-11-01T10:00:00Z',
      managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update' }],
      annotations: {
        ...live.metadata.annotations,
        'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(object),
      },
    };
    if (live.kind === 'DaemonSet') {
      live.metadata.annotations['deprecated.daemonset.template.generation'] = '2';
      live.status = { currentNumberScheduled: 3, desiredNumberScheduled: 3, numberReady: 3 };
      live.spec.revisionHistoryLimit = 10;
      live.spec.updateStrategy.rollingUpdate = { maxSurge: 0, maxUnavailable: 1 };
      const pod = live.spec.template.spec;
      Object.assign(pod, {
        dnsPolicy: 'ClusterFirst',
        restartPolicy: 'Always',
        schedulerName: 'default-scheduler',
        securityContext: {},
      });
      for (const container of pod.containers) {
        Object.assign(container, {
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          resources: {},
        });
        Object.assign(container.livenessProbe, { successThreshold: 1 });
      }
      for (const volume of pod.volumes) {
        if (volume.hostPath !== undefined && volume.hostPath.type === undefined) {
          volume.hostPath.type = '';
        }
        if (volume.configMap !== undefined) {
          volume.configMap.defaultMode = 420;
        }
      }
    }
    if (live.kind === 'Namespace') {
      live.spec = { finalizers: ['kubernetes'] };
      live.metadata.labels = { ...live.metadata.labels, 'kubernetes.io/metadata.name': live.metadata.name };
    }
    return live;
  });
}

function liveFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nsx-diff-')), 'live.yaml');
  writeFileSync(file, content);
  return file;
}

const asList = (objects: any[]) =>
  stringify({ apiVersion: 'v1', kind: 'List', items: objects, metadata: { resourceVersion: '' } });
const daemonSet = (objects: any[]) => objects.find((o) => o.kind === 'DaemonSet');
const container = (objects: any[], name: string) =>
  daemonSet(objects).spec.template.spec.containers.find((c: any) => c.name === name);

describe('diff against a cluster', () => {
  test('a cluster that runs what the values generate is no difference, whatever the API server wrote and defaulted', () => {
    const result = cli(['diff', VALUES, liveFile(asList(asLive(generated())))]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^no differences: .*live\.yaml holds what .*values\.yaml generates\n$/);
    expect(result.code).toBe(0);
  });

  test('multi-document YAML reads like a List', () => {
    const text = asLive(generated())
      .map((o) => stringify(o))
      .join('---\n');
    expect(cli(['diff', VALUES, liveFile(text)]).code).toBe(0);
  });

  test('each difference names its field and the option that controls it; exit 4', () => {
    const live = asLive(generated());
    container(live, 'nsx-node-agent').image = 'registry.example.com/nsx/nsx-ncp-rhel:2.3.0.1';
    daemonSet(live).spec.template.spec.serviceAccountName = 'default';
    const result = cli(['diff', VALUES, liveFile(asList(live))]);
    expect(result.code).toBe(DIFFERS);
    expect(result.code).toBe(4);
    expect(result.stdout).toContain(
      '  - DaemonSet/nsx-system/nsx-node-agent spec.template.spec.containers[nsx-node-agent].image: ' +
        '"registry.example.com/nsx/nsx-ncp-rhel:2.3.0.1" in the cluster, generated "registry.example.com/nsx/nsx-ncp-rhel:2.3.1.10693410" (option: image)',
    );
    expect(result.stdout).toContain(
      '  - DaemonSet/nsx-system/nsx-node-agent spec.template.spec.serviceAccountName: "default" in the cluster, generated "nsx-node-agent-svc-account" (option: serviceAccountName)',
    );
    expect(result.stdout).toMatch(/^2 differences between /);
  });

  test('ncp.ini is compared key by key, each key named by its ncpIni option', () => {
    const live = asLive(generated());
    const configMap = live.find((o) => o.kind === 'ConfigMap');
    configMap.data['ncp.ini'] = configMap.data['ncp.ini']
      .replace('apiserver_host_ip = 192.0.2.10', 'apiserver_host_ip = 192.0.2.99')
      .replace('[nsx_node_agent]\n', '[nsx_node_agent]\nmtu = 9000\n')
      .replace('node_type = BAREMETAL', 'node_type = HOSTVM');
    const result = cli(['diff', VALUES, liveFile(asList(live)), '--json']);
    expect(result.code).toBe(4);
    const report = JSON.parse(result.stdout);
    expect(report.same).toBe(false);
    expect(report.differences).toEqual([
      {
        object: 'ConfigMap/nsx-system/nsx-node-agent-config',
        path: 'data.ncp.ini [coe] node_type',
        before: 'HOSTVM',
        after: 'BAREMETAL',
        option: 'nodeType',
        kind: 'field',
      },
      {
        object: 'ConfigMap/nsx-system/nsx-node-agent-config',
        path: 'data.ncp.ini [k8s] apiserver_host_ip',
        before: '192.0.2.99',
        after: '192.0.2.10',
        option: 'ncpIni.k8s.apiserver_host_ip',
        kind: 'field',
      },
      {
        object: 'ConfigMap/nsx-system/nsx-node-agent-config',
        path: 'data.ncp.ini [nsx_node_agent] mtu',
        before: '9000',
        after: null,
        option: 'ncpIni.nsx_node_agent.mtu',
        kind: 'field',
      },
    ]);
  });

  test('containers, volumes, env and mounts the generated side lacks are differences; defaulted fields are not', () => {
    const live = asLive(generated());
    const pod = daemonSet(live).spec.template.spec;
    pod.containers.push({ name: 'log-shipper', image: 'busybox' });
    pod.volumes.push({ name: 'logs', hostPath: { path: '/var/log/nsx-ujo', type: '' } });
    pod.tolerations = [{ operator: 'Exists' }];
    container(live, 'nsx-kube-proxy').env = [{ name: 'HTTPS_PROXY', value: 'http://proxy:3128' }];
    container(live, 'nsx-kube-proxy').volumeMounts.push({ name: 'logs', mountPath: '/var/log/nsx-ujo' });
    container(live, 'nsx-kube-proxy').securityContext.privileged = true;
    const paths = JSON.parse(cli(['diff', VALUES, liveFile(asList(live)), '--json']).stdout).differences.map(
      (d: any) => `${d.path} → ${d.option}`,
    );
    expect(paths).toEqual([
      'spec.template.spec.containers[nsx-kube-proxy].securityContext.privileged → nodeType, ncpVersion',
      'spec.template.spec.containers[nsx-kube-proxy].volumeMounts[logs] → none: the values cannot generate it; oc apply keeps it, oc replace -f <manifest> removes it',
      'spec.template.spec.containers[nsx-kube-proxy].env → containers.nsx-kube-proxy.env',
      'spec.template.spec.containers[log-shipper] → none: the values cannot generate it; oc apply keeps it, oc replace -f <manifest> removes it',
      'spec.template.spec.volumes[logs] → none: the values cannot generate it; oc apply keeps it, oc replace -f <manifest> removes it',
      'spec.template.spec.tolerations → tolerations',
    ]);
  });

  test('objects missing from the cluster and objects only in it are listed', () => {
    const live = asLive(generated()).filter((o) => o.kind !== 'SecurityContextConstraints');
    live.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'nsx-ncp-config', namespace: 'nsx-system' }, data: {} });
    const result = cli(['diff', VALUES, liveFile(asList(live))]);
    expect(result.code).toBe(4);
    expect(result.stdout).toContain(
      '  - SecurityContextConstraints/nsx-node-agent-scc: generated, not in the cluster (option: platform, createScc, sccName)',
    );
    expect(result.stdout).toContain(
      '  - ConfigMap/nsx-system/nsx-ncp-config: in the cluster, not generated (option: name, configMapName)',
    );
  });

  test('a selector from an earlier install is a difference of the option name', () => {
    const live = asLive(generated());
    daemonSet(live).spec.selector.matchLabels.component = 'nsx-node-agent-bm';
    const report = JSON.parse(cli(['diff', VALUES, liveFile(asList(live)), '--json']).stdout);
    expect(report.differences).toContainEqual(
      expect.objectContaining({ path: 'spec.selector.matchLabels.component', option: 'name', before: 'nsx-node-agent-bm' }),
    );
  });

  test('live YAML that cannot be read is a problem naming the file and line; exit 1', () => {
    const file = liveFile('items: [\n');
    const result = cli(['diff', VALUES, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`live objects ${file} has 1 problem:\n  - ${file} line 2, column 1: is not valid YAML`);
  });

  test('a live file that expands too many YAML aliases is a problem, not an internal error; exit 1', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ]) {
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const file = liveFile(`${bomb.join('\n')}\n`);
    const result = cli(['diff', VALUES, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `live objects ${file} has 1 problem:\n  - document 1 of ${file}: expands more than 100 YAML aliases`,
    );
    expect(result.stderr).not.toContain('internal error');
  });

  test.each([
    ['an empty file', ''],
    ['only ---', '---\n'],
  ])('%s is a problem saying it is empty, not "nothing in the cluster"; exit 1', (_name, text) => {
    const file = liveFile(text);
    const result = cli(['diff', VALUES, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`live objects ${file}: is empty: it holds no Kubernetes object`);
    expect(result.stderr).toContain('allowed: the objects `oc get … -o yaml` prints');
  });

  test.each([
    ['a plain string', 'just some text\n', 'document 1'],
    ['kind: List with items: 5', 'apiVersion: v1\nkind: List\nitems: 5\n', 'document 1'],
    ['kind: List without apiVersion and items: 5', 'kind: List\nitems: 5\n', 'document 1'],
    ['a list of strings', 'apiVersion: v1\nkind: List\nitems: [a, b]\n', 'item 1 of document 1'],
    ['a YAML list of strings', '- a\n- b\n', 'document 1'],
    ['foo: bar', 'foo: bar\n', 'document 1'],
  ])('%s is a problem naming the document that is not a Kubernetes object; exit 1', (_name, text, where) => {
    const file = liveFile(text);
    const result = cli(['diff', VALUES, file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`live objects ${file} has`);
    expect(result.stderr).toContain(`  - ${where} of ${file}: is `);
    expect(result.stderr).toContain('a live file holds only Kubernetes objects');
    expect(result.stderr).toContain('allowed: the objects `oc get … -o yaml` prints');
  });

  test('a document that is not an object among real objects is a problem too', () => {
    const file = liveFile(`${asList(asLive(generated()))}---\nfoo: bar\n`);
    const result = cli(['diff', VALUES, file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`  - document 2 of ${file}: is not a Kubernetes object`);
  });

  test('an empty kind: List, as oc get prints when nothing matches, is nothing in the cluster; exit 4', () => {
    const result = cli(['diff', VALUES, liveFile(asList([]))]);
    expect(result.code).toBe(DIFFERS);
    expect(result.stdout).toContain('generated, not in the cluster');
  });

  test('credential-like ncp.ini values in the cluster are hidden, in text and JSON', () => {
    const live = asLive(generated());
    const configMap = live.find((o) => o.kind === 'ConfigMap');
    configMap.data['ncp.ini'] =
      `${configMap.data['ncp.ini']}\n[nsx_v3]\nnsx_api_user = admin\nnsx_api_password = Hunter2-S3cret\n`;
    const file = liveFile(asList(live));
    const text = cli(['diff', VALUES, file]);
    expect(text.code).toBe(DIFFERS);
    expect(text.stdout).toContain('[nsx_v3] nsx_api_password: (value hidden) in the cluster, not generated');
    expect(text.stdout).toContain('[nsx_v3] nsx_api_user: "admin" in the cluster');
    expect(text.stdout).not.toContain('Hunter2-S3cret');
    const json = cli(['diff', VALUES, file, '--json']);
    expect(json.stdout).not.toContain('Hunter2-S3cret');
    const hidden = JSON.parse(json.stdout).differences.find((d: any) => d.path.endsWith('nsx_api_password'));
    expect(hidden.before).toBe('(value hidden)');
  });

  test('a live file that does not exist, and bad values, are problems; exit 1', () => {
    const missing = cli(['diff', VALUES, join(tmpdir(), 'no-such-live.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`live objects ${join(tmpdir(), 'no-such-live.yaml')}: cannot be read (ENOENT)`);
    const values = liveFile('image: nsx-ncp\n');
    const bad = cli(['diff', values, liveFile(asList(asLive(generated())))]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`values file ${values} has 2 problems:`);
  });

  test.each([[['diff']], [['diff', 'a', 'b', 'c']], [['diff', 'live.yaml', '--yaml']]])('%j is a usage error', (args) => {
    const result = cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(USAGE_HINT);
    expect(result.stderr).not.toContain('Options:');
  });
});
