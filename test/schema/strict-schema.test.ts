import { join } from 'node:path';
import { NodeType } from '../../src';
import { appFromValuesFile } from '../../src/app';
import { synthAgent } from '../support';
import { strictSchemaErrors } from './strict-schema';

const ROOT = join(__dirname, '..', '..');
const daemonSet = () => structuredClone(synthAgent()[1]);

describe('strict schema check of every variant', () => {
  test.each([
    ['HOSTVM', () => synthAgent()],
    ['BAREMETAL', () => synthAgent({ nodeType: NodeType.BAREMETAL })],
    ['the default app', () => appFromValuesFile(join(ROOT, 'values.yaml')).charts.flatMap((c) => c.toJson())],
  ])('%s passes', (_, objects) => {
    expect(strictSchemaErrors(objects())).toEqual([]);
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

  test('a kind with no schema is an error, not a pass', () => {
    expect(strictSchemaErrors([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }])).toEqual([
      'example.com/v1 Widget/w: no schema to check it against',
    ]);
  });
});
