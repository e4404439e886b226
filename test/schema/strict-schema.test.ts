import { join } from 'node:path';
import { appFromValuesFile } from '../../src/app/app';
import { daemonSetOf, synthAgent, synthStack } from '../support';
import { STACK_VARIANTS, VARIANTS } from '../variants';
import { strictSchemaErrors } from './strict-schema';

const ROOT = join(__dirname, '..', '..');
const daemonSet = () => structuredClone(daemonSetOf(synthAgent()));

describe('strict schema check of every variant', () => {
  // One compile for all variants: each object's name carries its variant, so errors say where they belong.
  const errors = strictSchemaErrors(
    Object.entries(VARIANTS).flatMap(([variant, props]) =>
      synthAgent(props).map((o) => ({ ...o, metadata: { ...o.metadata, name: `${variant}/${o.metadata.name}` } })),
    ),
  );

  test.each(Object.keys(VARIANTS))('%s passes', (variant) => {
    expect(errors.filter((e) => e.includes(`/${variant}/`))).toEqual([]);
  });

  test('every error belongs to a variant', () => {
    expect(errors).toEqual([]);
  });

  test.each(['values.yaml', 'examples/mixed-cluster/values.yaml'])('the app synthesized from %s passes', (file) => {
    expect(strictSchemaErrors(appFromValuesFile(join(ROOT, file)).charts.flatMap((c) => c.toJson()))).toEqual([]);
  });
});

describe('the strict schema check bites', () => {
  test('unknown nested field', () => {
    const ds = daemonSet();
    ds.spec.template.spec.containers[0].securityContext.capabilitiez = { add: ['NET_ADMIN'] };
    expect(strictSchemaErrors([ds])).toEqual([
      expect.stringMatching(/^DaemonSet\/nsx-node-agent .*'"capabilitiez"' does not exist in type 'SecurityContext'/),
    ]);
  });

  test('unknown field on the spec', () => {
    const ds = daemonSet();
    ds.spec.replicas = 3;
    expect(strictSchemaErrors([ds])).toEqual([expect.stringContaining(`'"replicas"' does not exist in type 'DaemonSetSpec'`)]);
  });

  test('wrong type', () => {
    const ds = daemonSet();
    ds.spec.template.spec.hostNetwork = 'yes';
    expect(strictSchemaErrors([ds])).toEqual([
      expect.stringContaining(`"hostNetwork": "yes",): Type 'string' is not assignable to type 'boolean | undefined'`),
    ]);
  });

  test('missing required field', () => {
    const ds = daemonSet();
    delete ds.spec.selector;
    expect(strictSchemaErrors([ds])).toEqual([expect.stringContaining("Property 'selector' is missing")]);
  });

  test('custom kinds are checked against their CRD: unknown field, wrong type, missing required', () => {
    const scc = {
      apiVersion: 'security.openshift.io/v1',
      kind: 'SecurityContextConstraints',
      metadata: { name: 'nsx-node-agent' },
      allowHostPIDs: false,
      allowHostNetwork: 'yes',
    };
    const errors = strictSchemaErrors([scc]);
    expect(errors).toContain('SecurityContextConstraints/nsx-node-agent /allowHostPIDs: is not a known field');
    expect(errors).toContain('SecurityContextConstraints/nsx-node-agent /allowHostNetwork: is not a boolean');
    expect(errors).toContain('SecurityContextConstraints/nsx-node-agent /volumes: is required');
  });

  test('a CRD is checked, its x-kubernetes-* schema extensions aside', () => {
    const crd = synthStack(STACK_VARIANTS['stack-kubernetes-3.1-hostvm']).find((o) => o.kind === 'CustomResourceDefinition');
    expect(strictSchemaErrors([crd])).toEqual([]);
    expect(strictSchemaErrors([{ ...crd, spec: { ...crd.spec, scopes: 'Cluster' } }])).toEqual([
      expect.stringContaining(`'"scopes"' does not exist in type 'CustomResourceDefinitionSpec'`),
    ]);
  });

  test('a kind with no schema is an error, not a pass', () => {
    expect(strictSchemaErrors([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }])).toEqual([
      'example.com/v1 Widget/w: no schema to check it against',
    ]);
  });
});

describe('strict schema check of every stack variant', () => {
  const errors = strictSchemaErrors(
    Object.entries(STACK_VARIANTS).flatMap(([variant, props]) =>
      synthStack(props).map((o) => ({ ...o, metadata: { ...o.metadata, name: `${variant}/${o.metadata.name}` } })),
    ),
  );

  test.each(Object.keys(STACK_VARIANTS))('%s passes', (variant) => {
    expect(errors.filter((e) => e.includes(`/${variant}/`))).toEqual([]);
  });

  test('every error belongs to a variant', () => {
    expect(errors).toEqual([]);
  });
});
