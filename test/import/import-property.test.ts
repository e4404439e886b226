import { Chart } from 'cdk8s';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { NsxNodeAgent } from '../../src';
import { type AgentOptions, valuesProps } from '../../src/agent/settings/agent-options';
import { importVendorManifest } from '../../src/import/import-manifest';
import { testApp } from '../support';

/** Generated values per run; each run synthesizes and imports twice. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Values as the import writes them: the options that differ from the vendor's, platform always. */
const valuesArbitrary = fc
  .record(
    {
      image: fc.constantFrom('registry.example.com/nsx/nsx-ncp-ubuntu:3.1.2', 'harbor.corp.example/nsx/ncp:4.2.0'),
      nodeType: fc.constantFrom(undefined, 'BAREMETAL'),
      ncpVersion: fc.constantFrom(undefined, '2.5', '3.1', '4.2'),
      platform: fc.constantFrom('Kubernetes', 'OpenShift'),
      namespace: fc.constantFrom(undefined, 'kube-system'),
      priorityClassName: fc.constantFrom(undefined, 'system-cluster-critical'),
      labels: fc.constantFrom(undefined, { team: 'network' }),
      proxyProbe: fc.constantFrom(undefined, false, { initialDelaySeconds: 90 }),
      cluster: fc.constantFrom('k8s-prod-1', 'ocp-a'),
    },
    { requiredKeys: ['image', 'platform', 'cluster'] },
  )
  .map(({ proxyProbe, cluster, ...rest }) => {
    const values: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    if (proxyProbe !== undefined) {
      values.containers = { 'nsx-kube-proxy': { livenessProbe: proxyProbe } };
    }
    // The vendor's uncommented lines the construct writes out read back as settings: they are part of the values.
    values.ncpIni = {
      coe: { cluster, nsxlib_loglevel: 'INFO' },
      k8s: {
        apiserver_host_ip: '192.0.2.10',
        ca_file: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
        client_token_file: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      },
    };
    return values;
  });

function synthText(values: Record<string, unknown>): string {
  const chart = new Chart(testApp(), 'p');
  new NsxNodeAgent(
    chart,
    'agent',
    valuesProps(values as AgentOptions, (option) => option),
  );
  return chart
    .toJson()
    .map((o) => stringify(o))
    .join('---\n');
}

describe('nsx-node-agent import: import(synth(values)) gives back values', () => {
  test('across generations, node types, platforms and per-container options', () => {
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const imported = importVendorManifest(synthText(values));
        expect(imported.problems.map(String)).toEqual([]);
        expect(imported.values).toEqual(values);
      }),
      { numRuns: RUNS },
    );
  });
});
