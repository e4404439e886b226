import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appFromValuesFile } from '../../src/app/app';
import { parseValues } from '../../src/app/values';
import { ProblemsError } from '../../src/checking/problem';
import { strictSchemaErrors } from '../schema/strict-schema';
import { stackExamples } from '../support';

function appOf(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ncp-stack-values-'));
  const file = join(dir, 'values.yaml');
  writeFileSync(file, text);
  return appFromValuesFile(file);
}

function problemsOf(text: string): string[] {
  try {
    appOf(text);
  } catch (error) {
    if (error instanceof ProblemsError) {
      return error.problems.map(String);
    }
    throw error;
  }
  throw new Error('accepted');
}

const AGENT = `image: registry.example.com/nsx/nsx-ncp-ubuntu:3.1.2
ncpVersion: "3.1"
platform: Kubernetes
ncpIni:
  coe:
    cluster: c1
`;
const NCP = `ncp:
  ncpIni:
    nsx_v3:
      policy_nsxapi: true
      nsx_api_managers: [192.0.2.21]
      top_tier_router: t0
      container_ip_blocks: [10.40.0.0/16]
      external_ip_pools: [192.0.2.128/25]
`;

describe('a values file with ncp generates the whole stack', () => {
  test('the agent at the top level, NCP under ncp, the cluster written into both files', () => {
    const objects = appOf(AGENT + NCP).charts.flatMap((c) => c.toJson());
    const kinds = objects.map((o: any) => `${o.kind}/${o.metadata.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'DaemonSet/nsx-node-agent',
        'Deployment/nsx-ncp',
        'DaemonSet/nsx-ncp-bootstrap',
        'ConfigMap/nsx-ncp-config',
      ]),
    );
    const ncpIni = objects.find((o: any) => o.metadata.name === 'nsx-ncp-config').data['ncp.ini'];
    expect(ncpIni).toContain('\ncluster = c1\n');
  });

  test('problems name the option where the file sets it: top level for the agent, ncp. for NCP', () => {
    const found = problemsOf(`${AGENT}ovsBridge: "bad/name"\n${NCP.replace('      top_tier_router: t0\n', '')}  replicas: 2\n`);
    expect(found.map((p) => p.split(':')[0])).toEqual(['ovsBridge', 'ncp.ncpIni.nsx_v3.top_tier_router', 'ncp.replicas']);
  });

  test('a password in the file is refused with the fix', () => {
    const found = problemsOf(`${AGENT + NCP}      nsx_api_user: admin\n      nsx_api_password: pa55\n`);
    expect(found[0]).toMatch(/^ncp\.ncpIni\.nsx_v3\.nsx_api_password: is a secret/);
    expect(found.join('\n')).not.toContain('pa55');
  });

  test('ncp with agents is refused; ncp must be a map', () => {
    expect(parseValues(`agents:\n  - name: a\nncp: {}\n`).problems.map(String)[0]).toMatch(/^ncp: is set with agents/);
    expect(problemsOf(`${AGENT}ncp: 5\n`)[0]).toMatch(/^ncp: is not a map of NCP's options/);
  });

  test('an agent-only file still makes the agent alone', () => {
    const objects = appOf(AGENT).charts.flatMap((c) => c.toJson());
    expect(objects.some((o: any) => o.kind === 'Deployment')).toBe(false);
  });
});

describe('the stack examples', () => {
  const examples = stackExamples();

  test('there is one per release line and node type', () => {
    expect(examples.map((file) => file.split('/')[2])).toEqual([
      '2.4-baremetal',
      '2.4-hostvm',
      '2.5-baremetal',
      '2.5-hostvm',
      '2.5.0-baremetal',
      '2.5.0-hostvm',
      '3.1-baremetal',
      '3.1-hostvm',
      '4.2-baremetal',
      '4.2-hostvm',
    ]);
  });

  test.each(examples)('%s synthesizes, passes the strict schema check, and carries no Secret', (file) => {
    const objects = appFromValuesFile(file).charts.flatMap((c) => c.toJson());
    expect(strictSchemaErrors(objects)).toEqual([]);
    expect(objects.some((o: any) => o.kind === 'Secret')).toBe(false);
    expect(objects.some((o: any) => o.metadata.name === 'nsx-ncp-config')).toBe(true);
  });
});
