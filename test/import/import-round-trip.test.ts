import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { appFromValuesFile } from '../../src/app/app';
import { importVendorManifest } from '../../src/import/import-manifest';
import { withoutEmpty } from '../../src/import/manifest-diff';
import { valuesYaml } from '../../src/import/values-yaml';
import { readIniLines } from '../../src/ncp-ini/ini-lines';
import { SECTION_NAMES } from '../../src/ncp-ini/schema';
import { strictSchemaErrors } from '../schema/strict-schema';

const FIXTURES = join(__dirname, '..', 'fixtures', 'vendor');
const VENDOR_LABELS = { tier: 'nsx-networking', component: 'nsx-node-agent', version: 'v1' };

/** The fixture's objects as YAML reads them. */
function fileObjects(fixture: string): any[] {
  return parseAllDocuments(readFileSync(join(FIXTURES, fixture), 'utf8')).map((d: any) => d.toJS());
}

/** Imports the fixture, writes the values file as the CLI does, and synthesizes it as `npm run synth` does. */
function roundTrip(fixture: string) {
  const imported = importVendorManifest(readFileSync(join(FIXTURES, fixture), 'utf8'), { source: fixture });
  expect(imported.problems).toEqual([]);
  const dir = mkdtempSync(join(tmpdir(), 'nsx-import-'));
  writeFileSync(join(dir, 'values.yaml'), valuesYaml(imported, fixture));
  const objects = appFromValuesFile(join(dir, 'values.yaml'), dir).charts[0].toJson();
  expect(strictSchemaErrors(objects)).toEqual([]);
  const find = (list: any[], kind: string) => list.find((o) => o.kind === kind);
  return {
    imported,
    file: { daemonSet: find(fileObjects(fixture), 'DaemonSet'), configMap: find(fileObjects(fixture), 'ConfigMap') },
    generated: { daemonSet: find(objects, 'DaemonSet'), configMap: find(objects, 'ConfigMap') },
  };
}

/** Named lists sorted by name and capability lists sorted: their order carries no meaning for Kubernetes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    const named = items.every((i: any) => typeof i?.name === 'string');
    return named ? [...items].sort((a: any, b: any) => a.name.localeCompare(b.name)) : items;
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'add' && Array.isArray(v) ? [...v].sort() : canonical(v)]),
  );
}

/**
 * The file's DaemonSet with the changes the construct makes to every vendor file, and only those:
 * - apiVersion apps/v1 with spec.selector.matchLabels = the vendor's labels (extensions/v1beta1 is gone since 1.16);
 * - the pod annotation checksum/ncp.ini (rollOnConfigChange), whose value is the hash of the rendered ncp.ini.
 */
function modernised(daemonSet: any, generated: any): any {
  const checksum = generated.spec.template.metadata.annotations['checksum/ncp.ini'];
  expect(checksum).toMatch(/^[0-9a-f]{64}$/);
  const copy = structuredClone(daemonSet);
  copy.apiVersion = 'apps/v1';
  copy.spec.selector = { matchLabels: VENDOR_LABELS };
  copy.spec.template.metadata.annotations = { ...copy.spec.template.metadata.annotations, 'checksum/ncp.ini': checksum };
  return copy;
}

function expectSameObject(generated: any, expected: any) {
  expect(canonical(withoutEmpty(generated))).toEqual(canonical(withoutEmpty(expected)));
}

/** `[section] key` → value for the sections the agent reads. */
function iniEntries(text: string): Record<string, string> {
  return Object.fromEntries(
    readIniLines(text, 'ncp.ini')
      .entries.filter((e) => (SECTION_NAMES as string[]).includes(e.section))
      .map((e) => [`[${e.section}] ${e.key}`, e.value]),
  );
}

/** ncp.ini compares key by key as NCP reads it: the construct writes `key = value` and `True`/`False`. */
function expectSameIni(generated: string, file: string, writtenOut: Record<string, string>) {
  expect(iniEntries(generated)).toEqual({ ...iniEntries(file), ...writtenOut });
}

describe('nsx-node-agent import: synthesizing the imported values gives back the file', () => {
  test('NCP 2.3 bare metal (extensions/v1beta1, the five bare-metal edits)', () => {
    const { imported, file, generated } = roundTrip('v23-baremetal.yml');
    const expected = modernised(file.daemonSet, generated.daemonSet);
    // NCP 2.3 and 2.4 are one generation: 2.3's liveness checks get 2.4's `timeout 5` wrapper.
    for (const c of expected.spec.template.spec.containers) {
      c.livenessProbe.exec.command[2] = `timeout 5 ${c.livenessProbe.exec.command[2]}`;
    }
    expectSameObject(generated.daemonSet, expected);
    expectSameObject({ ...generated.configMap, data: {} }, { ...file.configMap, data: {} });
    // `node_type = 'BAREMETAL'` is read without its quotes; [ha] (NCP's own section, no settings) is left out.
    expectSameIni(generated.configMap.data['ncp.ini'], file.configMap.data['ncp.ini'], { '[coe] node_type': 'BAREMETAL' });
    expect(imported.values).toMatchObject({ nodeType: 'BAREMETAL', platform: 'OpenShift' });
    expect(imported.warnings).toEqual([]);
  });

  test.each([
    ['v23-baremetal-rsyslog.yml', { '[coe] node_type': 'BAREMETAL' }],
    ['v23-hostvm-rsyslog.yml', { '[nsx_node_agent] ovs_bridge': 'br-int' }],
  ])(
    'NCP 2.3 with an rsyslog sidecar and a log volume (%s): the same agent, without the user additions',
    (fixture, writtenOut) => {
      const { imported, file, generated } = roundTrip(fixture);
      const expected = modernised(file.daemonSet, generated.daemonSet);
      const pod = expected.spec.template.spec;
      // Warned as user additions, not carried over: the sidecar, its ConfigMap volume, the log volume and its mounts.
      pod.containers = pod.containers.filter((c: any) => c.name !== 'rsyslog');
      pod.volumes = pod.volumes.filter((v: any) => !['rsyslog-config-volume', 'log-volume'].includes(v.name));
      for (const c of pod.containers) {
        c.volumeMounts = c.volumeMounts.filter((m: any) => m.name !== 'log-volume');
        c.livenessProbe.exec.command[2] = `timeout 5 ${c.livenessProbe.exec.command[2]}`;
      }
      expectSameObject(generated.daemonSet, expected);
      expectSameIni(generated.configMap.data['ncp.ini'], file.configMap.data['ncp.ini'], writtenOut);
      expect(imported.values).toMatchObject({ platform: 'OpenShift' });
      expect(imported.values).not.toHaveProperty('ncpVersion');
    },
  );

  test('NCP 2.4 on VM nodes, applied with -n and with the service account commented out', () => {
    const { imported, file, generated } = roundTrip('v24-hostvm.yml');
    const expected = modernised(file.daemonSet, generated.daemonSet);
    // Warned: the file names no namespace (vendor pitfall 3) and leaves serviceAccountName commented (pitfall 2).
    expected.metadata.namespace = 'nsx-system';
    expected.spec.template.spec.serviceAccountName = 'nsx-node-agent-svc-account';
    expectSameObject(generated.daemonSet, expected);
    expectSameObject(
      { ...generated.configMap, data: {} },
      { ...file.configMap, metadata: { ...file.configMap.metadata, namespace: 'nsx-system' }, data: {} },
    );
    // node_type and ovs_bridge, commented out in the file, are written out with their defaults.
    expectSameIni(generated.configMap.data['ncp.ini'], file.configMap.data['ncp.ini'], {
      '[coe] node_type': 'HOSTVM',
      '[nsx_node_agent] ovs_bridge': 'br-int',
    });
    expect(imported.values).not.toHaveProperty('nodeType');
    expect(imported.values).toMatchObject({ platform: 'Kubernetes' });
    expect(imported.warnings).toEqual([
      expect.stringMatching(
        /^pod annotation container\.apparmor\.security\.beta\.kubernetes\.io\/nsx-node-agent is carried over/,
      ),
      expect.stringMatching(/the file's pods run as the namespace's default service account/),
      expect.stringMatching(/^namespace: the file's objects name none \(it was applied with -n\)/),
    ]);
  });

  test('NCP 2.5 on VM nodes with production tuning: tolerations, requests, a proxy, probe timing', () => {
    const { imported, file, generated } = roundTrip('v25-hostvm-ubuntu.yml');
    expectSameObject(generated.daemonSet, modernised(file.daemonSet, generated.daemonSet));
    expectSameObject({ ...generated.configMap, data: {} }, { ...file.configMap, data: {} });
    expectSameIni(generated.configMap.data['ncp.ini'], file.configMap.data['ncp.ini'], {
      '[coe] node_type': 'HOSTVM',
      '[nsx_node_agent] ovs_bridge': 'br-int',
    });
    expect(imported.values).toMatchObject({
      ncpVersion: '2.5',
      tolerations: [{ operator: 'Exists' }],
      containers: {
        'nsx-node-agent': {
          resources: { requests: { cpu: '100m', memory: '256Mi' } },
          env: { HTTPS_PROXY: 'http://proxy.example.com:3128' },
        },
        'nsx-ovs': { livenessProbe: { initialDelaySeconds: 30 } },
      },
    });
    expect(imported.warnings).toHaveLength(1); // the AppArmor annotation
  });

  test("NCP 2.5.0 on VM nodes keeps its layout: ncp.ini by subPath, cni-sock, nsx-ovs on the host's /etc/openvswitch", () => {
    const { imported, file, generated } = roundTrip('v250-hostvm.yml');
    expectSameObject(generated.daemonSet, modernised(file.daemonSet, generated.daemonSet));
    expectSameObject({ ...generated.configMap, data: {} }, { ...file.configMap, data: {} });
    expectSameIni(generated.configMap.data['ncp.ini'], file.configMap.data['ncp.ini'], {});
    expect(imported.values).toMatchObject({ ncpVersion: '2.5.0', platform: 'Kubernetes' });
    expect(imported.values).not.toHaveProperty('tolerations');
    expect(imported.values).not.toHaveProperty('terminationGracePeriodSeconds');
    expect(imported.detected[0]).toBe('NCP 2.5.0 generation: container nsx-ovs (2.5.0+)');
    expect(imported.warnings).toHaveLength(1); // the AppArmor annotation
  });

  test('NCP 3.1 bare metal: no nsx-ovs; the version ConfigMap projection is the one field not carried over', () => {
    const { imported, file, generated } = roundTrip('v31-baremetal.yml');
    const expected = modernised(file.daemonSet, generated.daemonSet);
    // Not modelled (docs/releases.md "NCP generations"): the 3.1.0 projection of NCP's own nsx-ncp-version-config; warned.
    expected.spec.template.spec.volumes[0].projected.sources.pop();
    expectSameObject(generated.daemonSet, expected);
    expectSameIni(generated.configMap.data['ncp.ini'], file.configMap.data['ncp.ini'], {});
    expect(imported.values).toMatchObject({ nodeType: 'BAREMETAL', ncpVersion: '3.1', platform: 'Kubernetes' });
    expect(imported.warnings).toEqual([
      expect.stringMatching(
        /^DaemonSet\/nsx-system\/nsx-node-agent spec\.template\.spec\.volumes\[projected-volume\]\.projected\.sources: .*nsx-ncp-version-config/,
      ),
    ]);
  });
});

describe('nsx-node-agent import: removed liveness probes stay removed', () => {
  test('carried over as livenessProbe: false per container, warned, and synthesized without probes', () => {
    const text = readFileSync(join(FIXTURES, 'v24-hostvm.yml'), 'utf8').replace(/ {10}livenessProbe:\n(?: {12}.*\n)+/g, '');
    const imported = importVendorManifest(text, { source: 'ds.yml' });
    expect(imported.problems).toEqual([]);
    expect(imported.values).toMatchObject({
      containers: { 'nsx-node-agent': { livenessProbe: false }, 'nsx-kube-proxy': { livenessProbe: false } },
    });
    expect(imported.warnings.filter((w) => w.includes('liveness'))).toEqual(
      ['nsx-node-agent', 'nsx-kube-proxy'].map(
        (name) =>
          `containers.${name}.livenessProbe: the file's ${name} has no liveness probe; carried over as livenessProbe: false ` +
          "(not recommended: a hung container is never restarted); remove the option for the vendor's probe",
      ),
    );
    const dir = mkdtempSync(join(tmpdir(), 'nsx-import-'));
    writeFileSync(join(dir, 'values.yaml'), valuesYaml(imported, 'ds.yml'));
    const objects = appFromValuesFile(join(dir, 'values.yaml'), dir).charts[0].toJson();
    const pod = objects.find((o: any) => o.kind === 'DaemonSet').spec.template.spec;
    expect(pod.containers.map((c: any) => c.livenessProbe)).toEqual([undefined, undefined]);
  });
});
