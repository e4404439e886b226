import { tmpdir } from 'node:os';
import { Chart, Testing } from 'cdk8s';
import fc from 'fast-check';
import { NcpVersion, NsxNodeAgent } from '../src';
import { type AgentOptions, valuesProps } from '../src/agent/settings/agent-options';
import { OPTION_NAMES, parseValues } from '../src/app/values';
import { ProblemsError } from '../src/checking/problem';
import { optionsOf, SECTION_NAMES, type SectionName } from '../src/ncp-ini/schema';
import { settingsOf } from './ncp-ini/arbitraries';
import { strictSchemaErrors } from './schema/strict-schema';
import { testApp } from './support';

/** Generated option sets per run; `FUZZ_RUNS=20000 npx jest test/fuzz` for a longer local run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Anything a YAML values file or a JavaScript caller could hand over. */
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', 'a\nb', 'x;y', '[s]', "'q'", 'nsx-ncp', '\u2028'),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);

/** Candidate values for any ncp.ini key in mixed mode, right or wrong for it. */
const INI_CANDIDATES = [
  'c1',
  'openshift',
  'INFO',
  6443,
  0,
  70000,
  '192.0.2.10',
  'api.example.com',
  '/etc/x',
  'ens224',
  true,
  'a,b',
];

/** Option values: `valid` ones, and in mixed mode also `invalid` ones and junk. */
function values(mixed: boolean, valid: unknown[], invalid: unknown[] = []): fc.Arbitrary<unknown> {
  return mixed
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid, ...invalid) }, { weight: 1, arbitrary: junk })
    : fc.constantFrom(...valid);
}

/** Keys of a section (and unknown ones) with values right or wrong for them. */
function mixedSection(section: SectionName): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...Object.keys(optionsOf(section))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.dictionary(key, values(true, INI_CANDIDATES), { maxKeys: 4 });
}

/** Generated valid settings made to satisfy the cross-field rules too. */
function satisfyRules(generated: Record<string, any>): Record<string, any> {
  const settings = structuredClone(generated);
  // The adaptor must agree with platform, which is generated apart; left unset, it follows platform.
  const { adaptor: _, ...coe } = settings.coe ?? {};
  settings.coe = { ...coe, cluster: 'c1' };
  if (settings.nsx_node_agent?.proc_mount_path_prefix !== undefined) {
    settings.nsx_node_agent.proc_mount_path_prefix = '/host';
  }
  if ((settings.k8s?.client_cert_file === undefined) !== (settings.k8s?.client_private_key_file === undefined)) {
    delete settings.k8s.client_cert_file;
    delete settings.k8s.client_private_key_file;
  }
  return settings;
}

function ncpIni(mixed: boolean, version: NcpVersion): fc.Arbitrary<unknown> {
  if (!mixed) {
    return settingsOf(version).map(satisfyRules);
  }
  const record = fc.record(Object.fromEntries(SECTION_NAMES.map((s) => [s, mixedSection(s)])), { requiredKeys: [] });
  return fc.oneof(record.map(satisfyRules), record, junk);
}

/** Option sets: all-valid ones (which must synthesize) or mixed ones (which mostly must be refused). */
function props(mixed: boolean): fc.Arbitrary<Record<string, unknown>> {
  const name = values(mixed, ['nsx-node-agent', 'agent-b', 'a.b'], ['Bad_Name', '-x', 'x'.repeat(300)]);
  const flag = values(mixed, [true, false]);
  const map = values(mixed, [{ 'kubernetes.io/os': 'linux' }, { team: 'network' }], [{ 'Bad Key': 'x' }, { a: 3 }]);
  const version = values(mixed, Object.values(NcpVersion), ['2.6', 3]);
  return version.chain((ncpVersion) =>
    fc.record(
      {
        image: values(
          mixed,
          ['registry.example.com/nsx/nsx-ncp-rhel:2.4.1', `r.example.com:5000/nsx-ncp@sha256:${'a'.repeat(64)}`],
          ['nsx-ncp', 'UPPER/case'],
        ),
        nodeType: values(mixed, ['HOSTVM', 'BAREMETAL'], ['BMC']),
        ovsBridge: values(mixed, ['br-int', 'nsx-managed'], ['br/0', 'a-very-long-bridge-name']),
        namespace: values(mixed, ['nsx-system', 'nsx'], ['NSX', 'a.b']),
        name,
        configMapName: name,
        serviceAccountName: name,
        imagePullPolicy: values(mixed, ['IfNotPresent', 'Always', 'Never'], ['Sometimes']),
        ncpIni: ncpIni(
          mixed,
          Object.values(NcpVersion).includes(ncpVersion as NcpVersion) ? (ncpVersion as NcpVersion) : NcpVersion.V2_4,
        ),
        ncpVersion: fc.constant(ncpVersion),
        platform: values(mixed, ['OpenShift', 'Kubernetes'], ['openshift']),
        createNamespace: flag,
        podSecurityLabels: flag,
        createServiceAccount: flag,
        createRbac: flag,
        createScc: flag,
        tolerations: values(
          mixed,
          [[{ operator: 'Exists' }], [{ key: 'node-role.kubernetes.io/master', operator: 'Exists', effect: 'NoSchedule' }]],
          [[{ operator: 'Sometimes' }], [{ key: 'k', effect: 'NoExecute', tolerationSeconds: -1 }]],
        ),
        nodeSelector: map,
        priorityClassName: values(mixed, ['system-node-critical'], ['Not_A_Name']),
        updateStrategy: values(mixed, ['RollingUpdate', 'OnDelete'], ['Recreate']),
        maxUnavailable: values(mixed, [1, '10%'], [0, '200%', 1.5]),
        imagePullSecrets: values(mixed, [['registry-credentials']], [['Bad Name'], 'x']),
        containers: values(
          mixed,
          [
            {
              'nsx-node-agent': {
                resources: { requests: { cpu: '100m', memory: '256Mi' } },
                env: { HTTPS_PROXY: 'http://p:3128' },
              },
            },
          ],
          [
            { 'nsx-foo': {} },
            { 'nsx-kube-proxy': { livenessProbe: { periodSeconds: 0 } } },
            { 'nsx-node-agent': { resources: { limits: { cpu: 'lots' } } } },
          ],
        ),
        terminationGracePeriodSeconds: values(mixed, [60, 360], [-1, '60']),
        labels: map,
        annotations: map,
        podLabels: map,
        podAnnotations: map,
        rollOnConfigChange: flag,
      },
      { requiredKeys: mixed ? [] : ['image', 'ncpIni'] },
    ),
  );
}

/** The object with every string and number blanked: objects of one shape pass or fail the type check alike. */
function shapeOf(object: unknown): string {
  return JSON.stringify(object, (_, value) => (typeof value === 'string' ? '' : typeof value === 'number' ? 0 : value));
}

describe('fuzzed options', () => {
  test(`${RUNS} generated option sets either synthesize schema-valid objects or fail with problems naming options`, () => {
    let runs = 0;
    const accepted = new Map<string, unknown>();
    let refused = 0;
    let synthesized = 0;
    fc.assert(
      fc.property(fc.boolean().chain(props), (generated) => {
        // An app of its own per run: an app is one cluster, whose agents must not collide.
        const chart = new Chart(testApp(), `c${runs++}`);
        let objects: unknown[];
        try {
          // Generated as a values file writes the options.
          new NsxNodeAgent(
            chart,
            'agent',
            valuesProps(generated as AgentOptions, (option) => option),
          );
          objects = Testing.synth(chart);
        } catch (error) {
          if (!(error instanceof ProblemsError)) {
            throw error;
          }
          refused++;
          for (const problem of error.problems) {
            expect(
              OPTION_NAMES.some(
                (p) => problem.option === p || problem.option.startsWith(`${p}.`) || problem.option.startsWith(`${p}[`),
              ),
            ).toBe(true);
            expect(problem.toString()).not.toMatch(/\[object Object\]|: undefined|allowed: undefined|fix: undefined/);
          }
          return;
        }
        const text = JSON.stringify(objects);
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
        synthesized++;
        for (const object of objects) {
          accepted.set(shapeOf(object), object);
        }
      }),
      { numRuns: RUNS },
    );
    // Both outcomes must actually occur, or the generator is not exercising the checks.
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(synthesized).toBeGreaterThan(RUNS / 10);
    // One object per distinct shape: the compile behind the check grows with its input.
    expect(strictSchemaErrors([...accepted.values()])).toEqual([]);
  });
});

describe('values-file text', () => {
  // Lines a values file is made of, right or wrong, so that the text reaches the option checks and not only the parser.
  const line = fc.oneof(
    fc.constantFrom(
      'image: registry.example.com/nsx/nsx-ncp:2.4.1',
      'agents:',
      '  - name: bm',
      '    baremetal: true',
      'a: &a [x, x]',
      'b: [*a, *a, *a]',
      'ncpIniFile: ../x.ini',
      'ncpIni: { coe: { cluster: c1 } }',
      'labels: { toString: x }',
      '- ',
      ': :',
      '"\\u0000"',
    ),
    fc.string(),
  );

  test('any text gives agents or problems, never an exception, and problems name the values file or an option', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const { agents, problems } = parseValues(lines.join('\n'), tmpdir());
        for (const problem of problems) {
          expect(problem.toString()).not.toMatch(/\[object Object\]|allowed: undefined|fix: undefined/);
        }
        expect(agents.length + problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
