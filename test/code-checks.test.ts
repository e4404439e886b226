import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chart } from 'cdk8s';
import { NcpVersion, NsxNodeAgent, type NsxNodeAgentProps, Platform } from '../src';
import { appFromValuesFile } from '../src/app/app';
import { BASE_PROPS, synthAgent, testApp } from './support';

/** The problem list of props the construct refuses, one problem per entry. */
function problemsOf(props: unknown): string[] {
  try {
    new NsxNodeAgent(new Chart(testApp(), 'c'), 'agent', props as never);
  } catch (error) {
    return (error as { problems: unknown[] }).problems.map(String);
  }
  throw new Error('accepted');
}

describe('checks for code without a type checker', () => {
  test('an unknown prop is a problem with did-you-mean', () => {
    expect(problemsOf({ ...BASE_PROPS, bareMetal: true })).toEqual([
      expect.stringMatching(
        /^bareMetal: is not an option; did you mean "baremetal"\? \(got true\)\n {4}allowed: one of image, nodeType, baremetal, .*\n {4}fix: correct the key, or remove it$/,
      ),
    ]);
  });

  test('props that are not an object are a problem, not a TypeError', () => {
    expect(problemsOf(null)).toEqual([
      'props: is not an object (got null)\n    allowed: an object of options, at least { image }\n    fix: pass the options as an object, e.g. { image: "registry.example.com/nsx/nsx-ncp:4.2.0" }',
    ]);
  });

  test('a null prop is a problem', () => {
    expect(problemsOf({ ...BASE_PROPS, namespaceName: null as never })).toEqual([
      'namespaceName: is null (got null)\n    allowed: a value, or the option left out\n    fix: remove namespace, or set a value',
    ]);
  });

  test('a Map where a plain object is expected is a problem, not dropped', () => {
    expect(problemsOf({ ...BASE_PROPS, labels: new Map([['team', 'network']]) })).toEqual([
      'labels: is a Map, not a plain object (got Map {"team":"network"})\n    allowed: a plain object of key: value pairs\n    fix: pass Object.fromEntries(labels)',
    ]);
  });

  test('a value that contains itself is a problem, not a TypeError', () => {
    const ncpIni: Record<string, unknown> = { coe: { cluster: 'c1' } };
    (ncpIni.coe as Record<string, unknown>).loop = ncpIni;
    expect(problemsOf({ ...BASE_PROPS, ncpIni })).toEqual([
      'ncpIni.coe.loop: contains itself (got a value that contains itself)\n    allowed: plain objects, lists and scalars without cycles\n    fix: pass a copy of ncpIni.coe.loop without the reference back',
      expect.stringMatching(/^ncpIni\.coe\.cluster: is required/),
    ]);
  });

  test('label keys named like Object members are ordinary keys', () => {
    const objects = synthAgent({ labels: { toString: 'a', hasOwnProperty: 'b' }, podLabels: { valueOf: 'c' } });
    const daemonSet = objects.find((o) => o.kind === 'DaemonSet');
    expect(daemonSet.metadata.labels).toMatchObject({ toString: 'a', hasOwnProperty: 'b' });
    expect(daemonSet.spec.template.metadata.labels).toMatchObject({ valueOf: 'c' });
    expect(problemsOf({ ...BASE_PROPS, labels: { constructor: 'a' } })).toEqual([
      expect.stringMatching(/^labels\.constructor: key cannot be written by cdk8s \(got "constructor"\)/),
    ]);
  });

  test('a number where a string is expected says to write it in quotes', () => {
    expect(problemsOf({ ...BASE_PROPS, namespaceName: 5 as never })).toEqual([
      'namespaceName: is not a string (got 5)\n    allowed: a DNS label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit, written in quotes\n    fix: write it in quotes: "5"',
    ]);
  });

  test('label keys and values follow Kubernetes: prefix up to 253, name up to 63, value up to 63', () => {
    expect(
      problemsOf({ ...BASE_PROPS, labels: { [`${'a'.repeat(254)}/x`]: 'v', ['x'.repeat(64)]: 'v', ok: 'y'.repeat(64) } }),
    ).toEqual([
      expect.stringMatching(/^labels\.a{254}\/x: key is not a label or annotation key/),
      expect.stringMatching(/^labels\.x{64}: key is not a label or annotation key/),
      expect.stringMatching(/^labels\.ok: is not a label value/),
    ]);
  });

  test("annotations over Kubernetes' 256 KiB per object are refused", () => {
    expect(problemsOf({ ...BASE_PROPS, annotations: { big: 'x'.repeat(300 * 1024) } })).toEqual([
      'annotations: are 307203 bytes, keys and values together, more than Kubernetes\' 262144 (256 KiB) per object (got "307203 bytes")\n    allowed: annotations of at most 256 KiB in total\n    fix: shorten annotations, or keep large data in a ConfigMap',
    ]);
    expect(() => synthAgent({ podAnnotations: { big: 'x'.repeat(256 * 1024 - 3) } })).not.toThrow();
  });
});

describe('affinity is checked like its TypeScript type, from a values file too', () => {
  const required = (expression: unknown) => ({
    ...BASE_PROPS,
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [expression] }] },
      },
    },
  });
  const at = 'affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]';

  test('key: 5 and operator: Inn are refused', () => {
    expect(problemsOf(required({ key: 5, operator: 'Inn', values: ['a'] }))).toEqual([
      `${at}.key: is not a string (got 5)\n    allowed: a key such as example.com/team or team: a name of at most 63 letters, digits, "-", "_" or ".", optionally after a DNS prefix and "/", written in quotes\n    fix: write it in quotes: "5"`,
      `${at}.operator: is not one of the choices (got "Inn")\n    allowed: one of In, NotIn, Exists, DoesNotExist, Gt, Lt\n    fix: set operator to one of In, NotIn, Exists, DoesNotExist, Gt, Lt`,
    ]);
  });

  test('values follow the operator', () => {
    expect(problemsOf(required({ key: 'pool', operator: 'Exists', values: ['a'] }))).toEqual([
      `${at}.values: takes no values with operator Exists (got ["a"])\n    allowed: values for In and NotIn, none for Exists and DoesNotExist, one integer for Gt and Lt\n    fix: correct values or operator`,
    ]);
    expect(problemsOf(required({ key: 'pool', operator: 'Gt', values: ['x'] }))).toEqual([
      expect.stringMatching(/\.values: takes exactly one integer value with operator Gt \(got \["x"\]\)/),
    ]);
    expect(problemsOf(required({ key: 'pool', operator: 'In', values: [5] }))).toEqual([
      `${at}.values[0]: is not a string (got 5)\n    allowed: a label value, written in quotes\n    fix: write it in quotes: "5"`,
    ]);
  });

  test('pod anti-affinity needs a topologyKey and label-selector operators; weights are 1 to 100', () => {
    const anti = {
      ...BASE_PROPS,
      affinity: {
        podAntiAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: [
            { labelSelector: { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] } },
          ],
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 0, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname' } },
          ],
        },
      },
    };
    expect(problemsOf(anti).map((p) => p.split('\n')[0])).toEqual([
      'affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: is required (not set)',
      'affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].operator: is not one of the choices (got "Gt")',
      'affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: is outside 1..100 (got 0)',
    ]);
  });

  test('a well-formed affinity is kept', () => {
    const { affinity } = required({ key: 'pool', operator: 'NotIn', values: ['bm'] });
    const objects = synthAgent({ affinity: affinity as never });
    expect(objects.find((o) => o.kind === 'DaemonSet').spec.template.spec.affinity).toEqual(affinity);
  });
});

test('affinity from a values file is refused the same way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nsx-affinity-'));
  const file = join(dir, 'values.yaml');
  writeFileSync(
    file,
    [
      'image: r.example.com/nsx/nsx-ncp:2.4.1',
      'ncpIni: { coe: { cluster: c1 } }',
      'affinity:',
      '  nodeAffinity:',
      '    requiredDuringSchedulingIgnoredDuringExecution:',
      '      nodeSelectorTerms: [{ matchExpressions: [{ key: pool, operator: Inn, values: [a] }] }]',
      '',
    ].join('\n'),
  );
  expect(() => appFromValuesFile(file, dir)).toThrow(
    'affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: is not one of the choices (got "Inn")',
  );
});

describe('platform and [coe] adaptor agree', () => {
  const iniOf = (props: Partial<NsxNodeAgentProps>) =>
    synthAgent(props).find((o) => o.kind === 'ConfigMap').data['ncp.ini'] as string;

  test('the adaptor follows the platform and release when ncp.ini names none', () => {
    expect(iniOf({})).toContain('adaptor = openshift\n');
    expect(iniOf({ ncpVersion: NcpVersion.V3_1 })).toContain('adaptor = openshift4\n');
    expect(iniOf({ platform: Platform.KUBERNETES })).not.toContain('adaptor');
  });

  test('an adaptor that contradicts the platform is a problem', () => {
    expect(
      problemsOf({ ...BASE_PROPS, platform: Platform.KUBERNETES, ncpIni: { coe: { cluster: 'c1', adaptor: 'openshift' } } }),
    ).toEqual([
      'ncpIni.coe.adaptor: contradicts platform Kubernetes (got "openshift")\n    allowed: kubernetes on Kubernetes\n    fix: remove ncpIni.coe.adaptor (platform sets it), or correct platform',
    ]);
    expect(problemsOf({ ...BASE_PROPS, ncpIni: { coe: { cluster: 'c1', adaptor: 'kubernetes' } } })).toEqual([
      'ncpIni.coe.adaptor: contradicts platform OpenShift (got "kubernetes")\n    allowed: openshift4 (NCP 3.1 on) or openshift on OpenShift\n    fix: remove ncpIni.coe.adaptor (platform sets it), or correct platform',
    ]);
  });
});
