import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { USAGE_HINT } from '../../src/cli/cli';
import { planOf } from '../../src/operations/plan';
import { cli, FIXTURES } from './support';

const fixture = (name: string) => join(FIXTURES, name);
const objectsOf = (values: string) => parseAllDocuments(cli(['synth', '--stdout', values]).stdout).map((d) => d.toJS());

describe('plan --to a release', () => {
  const result = cli(['plan', fixture('hostvm-2.4.yaml'), '--to', '3.1']);

  test('lists the fields that change, each with its option, and exits 0', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Plan from .*hostvm-2\.4\.yaml to .*hostvm-2\.4\.yaml with ncpVersion 3\.1:\n/);
    expect(result.stdout).toContain(
      '  - DaemonSet/nsx-system/nsx-node-agent spec.template.spec.containers[nsx-node-agent].livenessProbe.initialDelaySeconds: 5 -> 60 (option: containers.nsx-node-agent.livenessProbe)',
    );
    expect(result.stdout).toContain(
      '  - DaemonSet/nsx-system/nsx-node-agent spec.template.spec.volumes[cni-sock]: removed: {"hostPath":{"path":"/var/run/nsx-ujo"},"name":"cni-sock"} (option: nodeType, ncpVersion)',
    );
    expect(result.stdout).toMatch(/spec\.template\.spec\.containers\[nsx-ovs\]: added: \{"command":\["start_ovs"\]/);
    expect(result.stdout).toMatch(/ClusterRole\/nsx-node-agent-cluster-role rules: .* \(option: ncpVersion\)/);
  });

  test('says the pods roll, and which parts of the pod template make them', () => {
    expect(result.stdout).toContain(
      'Pods that roll (pod template changed) (1):\n  - DaemonSet/nsx-system/nsx-node-agent: metadata.annotations.checksum/ncp.ini, ' +
        'spec.containers[nsx-node-agent], spec.containers[nsx-kube-proxy], spec.containers[nsx-ovs], spec.volumes, ' +
        'spec.terminationGracePeriodSeconds, spec.tolerations\n',
    );
    expect(result.stdout).not.toContain('Refused in place');
  });

  test('notes an image of another release, which --to leaves as it is', () => {
    expect(result.stdout).toContain(
      'image registry.example.com/nsx/nsx-ncp-ubuntu:2.4.1.13515827 is a build of another NCP release than 3.1',
    );
  });

  test('--json is the same plan for pipelines', () => {
    const json = cli(['plan', fixture('hostvm-2.4.yaml'), '--to', '3.1', '--json']);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout);
    expect(plan.added).toEqual([]);
    expect(plan.removed).toEqual([]);
    expect(plan.rolls).toEqual([expect.objectContaining({ daemonSet: 'DaemonSet/nsx-system/nsx-node-agent' })]);
    expect(plan.changed).toContainEqual({
      object: 'DaemonSet/nsx-system/nsx-node-agent',
      path: 'spec.template.spec.terminationGracePeriodSeconds',
      before: null,
      after: 60,
      option: 'terminationGracePeriodSeconds',
    });
    expect(plan.refusedInPlace).toEqual([]);
  });

  test('values the new release refuses are problems that name the option, with --to in the subject; exit 1', () => {
    const refused = cli(['plan', fixture('hostvm-2.4-uplink.yaml'), '--to', '3.1']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('with ncpVersion 3.1: values file');
    expect(refused.stderr).toContain('fix: move it to ncpIni.nsx_node_agent.ovs_uplink_port');
  });

  test.each([
    [['plan', 'values.yaml', '--to', '1.0'], '--to "1.0" is older than NCP 2.3, the oldest release modelled'],
    [['plan', 'values.yaml', '--to', 'latest'], '--to "latest" is not a release number'],
    [['plan', 'values.yaml', '--to', '31'], '--to "31" is newer than NCP 9, the newest release modelled'],
    [['plan', 'values.yaml', '--to', '10.0'], '--to "10.0" is newer than NCP 9, the newest release modelled'],
    [['plan', 'values.yaml', '--to', '3.1', '--to', '4.2'], '--to is given more than once'],
    [['plan', 'values.yaml', '--to'], '--to needs a release'],
    [['plan', 'a.yaml'], 'needs either one values file and --to, or the old and the new values file (got a.yaml)'],
    [['plan', 'a.yaml', 'b.yaml', '--to', '3.1'], 'got a.yaml, b.yaml, --to 3.1'],
    [['plan', 'a.yaml', 'b.yaml', '--yaml'], 'unknown option --yaml'],
  ])('%j is a usage error: %s', (args, message) => {
    const usage = cli(args);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(message);
    expect(usage.stderr).toContain(USAGE_HINT);
    expect(usage.stderr).not.toContain('Options:');
  });
});

describe('plan from old values to new', () => {
  test('2.4 to 3.1 with the uplink moved: the ncp.ini key moves section, the image changes everywhere', () => {
    const result = cli(['plan', fixture('hostvm-2.4-uplink.yaml'), fixture('hostvm-3.1-uplink.yaml'), '--json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.changed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'data.ncp.ini [nsx_kube_proxy] ovs_uplink_port',
          before: 'ens192',
          after: null,
          option: 'ncpIni.nsx_kube_proxy.ovs_uplink_port',
        }),
        expect.objectContaining({
          path: 'data.ncp.ini [nsx_node_agent] ovs_uplink_port',
          before: null,
          after: 'ens192',
          option: 'ncpIni.nsx_node_agent.ovs_uplink_port',
        }),
        expect.objectContaining({ path: 'spec.template.spec.containers[nsx-node-agent].image', option: 'image' }),
      ]),
    );
    expect(plan.notes).toEqual([]);
  });

  test('HOSTVM to a pool of its own name: the old objects go, new ones with their own selector come, delete the old agent first', () => {
    const result = cli(['plan', fixture('hostvm-2.4.yaml'), fixture('hostvm-2.4-pool.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Objects added (4):\n');
    expect(result.stdout).toContain('  - DaemonSet/nsx-system/nsx-node-agent-vm (option: name)\n');
    expect(result.stdout).toContain('Objects removed (4):\n');
    expect(result.stdout).toContain(
      '  - DaemonSet/nsx-system/nsx-node-agent is no longer generated; oc apply leaves it in the cluster: oc delete daemonset nsx-node-agent -n nsx-system\n',
    );
    expect(result.stdout).toContain(
      'DaemonSet/nsx-system/nsx-node-agent-vm selects component=nsx-node-agent-vm,tier=nsx-networking,version=v1. ' +
        'DaemonSet/nsx-system/nsx-node-agent-vm replaces DaemonSet/nsx-system/nsx-node-agent under another name: delete the old DaemonSet before applying',
    );
  });

  test('the same values are no changes', () => {
    const result = cli(['plan', fixture('hostvm-2.4.yaml'), fixture('hostvm-2.4.yaml')]);
    expect(result.stdout).toMatch(/:\n {2}no changes: both generate the same objects\n$/);
  });

  test('an ncp.ini change without rollOnConfigChange does not roll the pods, and the plan says to restart them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-plan-'));
    const newer = join(dir, 'newer.yaml');
    writeFileSync(newer, readFileSync(fixture('hostvm-2.4-no-roll.yaml'), 'utf8').replace('192.0.2.21', '192.0.2.22'));
    const result = cli(['plan', fixture('hostvm-2.4-no-roll.yaml'), newer]);
    expect(result.stdout).toContain('(option: ncpIni.k8s.apiserver_host_ip)\n\nNo pods roll: no pod template changes.\n');
    expect(result.stdout).toContain(
      'DaemonSet/nsx-system/nsx-node-agent: ncp.ini changes but the pods do not roll (rollOnConfigChange is off), and the agent reads ncp.ini when it starts: oc rollout restart daemonset nsx-node-agent -n nsx-system',
    );
  });
});

describe('changes the API server refuses in place', () => {
  test('a new selector on an existing DaemonSet: delete it without its pods, apply, and replace the pods it cannot adopt', () => {
    const before = objectsOf(fixture('hostvm-2.4.yaml'));
    const after = structuredClone(before);
    const daemonSet = after.find((o) => o.kind === 'DaemonSet');
    daemonSet.spec.selector.matchLabels.component = 'nsx-node-agent-vm';
    daemonSet.spec.template.metadata.labels.component = 'nsx-node-agent-vm';
    const plan = planOf(before, after, 'earlier', 'now');
    expect(plan.refused).toEqual([
      {
        object: 'DaemonSet/nsx-system/nsx-node-agent',
        path: 'spec.selector',
        before: { matchLabels: { tier: 'nsx-networking', component: 'nsx-node-agent', version: 'v1' } },
        after: { matchLabels: { tier: 'nsx-networking', component: 'nsx-node-agent-vm', version: 'v1' } },
        why: "a DaemonSet's spec.selector is immutable: oc apply fails with `field is immutable`",
        procedure: [
          'oc delete ds nsx-node-agent -n nsx-system --cascade=orphan   (the DaemonSet goes, its pods keep running)',
          'oc apply -f <the new manifest>',
          'the new selector does not match the running pods, so they are not adopted: delete them node by node ' +
            '(oc delete pod -n nsx-system -l component=nsx-node-agent,tier=nsx-networking,version=v1 --field-selector spec.nodeName=<node>) ' +
            'so the new DaemonSet starts its own',
        ],
      },
    ]);
    expect(plan.rolls).toEqual([{ daemonSet: 'DaemonSet/nsx-system/nsx-node-agent', because: ['metadata.labels'] }]);
  });

  test('a narrower selector that the running pods match: the new DaemonSet adopts them', () => {
    const before = objectsOf(fixture('hostvm-2.4.yaml'));
    const after = structuredClone(before);
    delete after.find((o) => o.kind === 'DaemonSet').spec.selector.matchLabels.version;
    const [refused] = planOf(before, after, 'earlier', 'now').refused;
    expect(refused.procedure[2]).toBe(
      'the new DaemonSet adopts the running pods (their labels match its selector) and replaces them by its update strategy',
    );
  });

  test("a binding's new roleRef: delete the binding and apply", () => {
    const before = objectsOf(fixture('hostvm-2.4.yaml'));
    const after = structuredClone(before);
    after.find((o) => o.kind === 'ClusterRoleBinding').roleRef.name = 'other-role';
    const [refused] = planOf(before, after, 'earlier', 'now').refused;
    expect(refused.object).toBe('ClusterRoleBinding/nsx-node-agent-cluster-role-binding');
    expect(refused.procedure).toEqual([
      'oc delete clusterrolebinding nsx-node-agent-cluster-role-binding',
      'oc apply -f <the new manifest> (the binding is created again)',
    ]);
  });
});
