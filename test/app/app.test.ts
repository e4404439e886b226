import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { appFromValuesFile } from '../../src/app/app';

const ROOT = join(__dirname, '..', '..');

/** Runs the app as `cdk8s synth` does: the `app:` command of cdk8s.yaml, in a shell, from the project's root. */
function runApp(valuesFile: string, outdir: string) {
  const { app } = parse(readFileSync(join(ROOT, 'cdk8s.yaml'), 'utf8'));
  return spawnSync(app, {
    shell: true,
    cwd: ROOT,
    env: { ...process.env, NSX_NODE_AGENT_VALUES: valuesFile, CDK8S_OUTDIR: outdir },
    encoding: 'utf8',
  });
}

describe('the app', () => {
  test('dist/ holds what the default values file synthesizes now', () => {
    const yaml = appFromValuesFile(join(ROOT, 'values.yaml')).synthYaml();
    expect(readFileSync(join(ROOT, 'dist/nsx-node-agent.k8s.yaml'), 'utf8').trim()).toBe(yaml.trim());
  });

  test("the default values file is the guide's scenario: bare metal on OpenShift", () => {
    const yaml = appFromValuesFile(join(ROOT, 'values.yaml')).synthYaml();
    expect(yaml).toContain('node_type = BAREMETAL');
    expect(yaml).toContain('adaptor = openshift');
  });

  test('a bad values file exits non-zero, lists every problem, and writes no manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-values-'));
    const values = join(dir, 'values.yaml');
    writeFileSync(
      values,
      'image: nsx-ncp\nbaremetal: true\nnodeType: HOSTVM\nimagePullPolicie: Always\nncpIni:\n  coe:\n    cluster: c1\n',
    );
    const result = runApp(values, join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`values file ${values} has 3 problems:`);
    expect(result.stderr).toContain('imagePullPolicie: is not an option; did you mean "imagePullPolicy"?');
    expect(result.stderr).toContain("image: is the vendor guide's placeholder");
    expect(result.stderr).toContain('baremetal: contradicts nodeType HOSTVM');
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(join(dir, 'out', 'nsx-node-agent.k8s.yaml'))).toBe(false);
  });

  test('a missing values file is reported by path', () => {
    const result = runApp('/nonexistent/values.yaml', mkdtempSync(join(tmpdir(), 'nsx-out-')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('values file: cannot be read (ENOENT) (got "/nonexistent/values.yaml")');
  });

  test('a values file that reads an existing ncp.ini writes its settings into the ConfigMap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsx-values-ini-'));
    copyFileSync(join(ROOT, 'test/fixtures/ncp-ini/baremetal-2.3.ini'), join(dir, 'ncp.ini'));
    writeFileSync(join(dir, 'values.yaml'), 'image: registry.example.com/nsx/nsx-ncp-rhel:2.3.1\nncpIniFile: ncp.ini\n');
    const configMap = appFromValuesFile(join(dir, 'values.yaml'))
      .charts[0].toJson()
      .find((o: any) => o.kind === 'ConfigMap');
    const ini: string = configMap.data['ncp.ini'];
    expect(ini).toContain('[coe]\nadaptor = openshift\ncluster = ocp-cluster-1\nnsxlib_loglevel = INFO\nnode_type = BAREMETAL\n');
    expect(ini).toContain('[nsx_node_agent]\novs_bridge = nsx-managed\n');
    expect(ini).toContain('log_dir = /var/log/nsx-ujo/\n');
    expect(ini).not.toContain('[ha]');
  });
});
