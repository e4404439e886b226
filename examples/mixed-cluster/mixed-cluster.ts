// The mixed cluster of values.yaml, as code. Run it from this directory: `npx tsx mixed-cluster.ts` → dist/.
import { join } from 'node:path';
import { App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { Adaptor, NodeType, NsxNodeAgent, type NsxNodeAgentProps, Platform } from '../../src';

/** What both pools share: image, platform and the cluster's ncp.ini. */
const SHARED = {
  image: 'registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827',
  platform: Platform.OPENSHIFT,
  ncpIni: {
    coe: { adaptor: Adaptor.OPENSHIFT, cluster: 'ocp-cluster-1' },
    k8s: { apiserverHostIp: '192.0.2.10', apiserverHostPort: 8443 },
  },
} satisfies NsxNodeAgentProps;

/**
 * A cluster with a VM pool and a bare-metal pool, told apart by the node label `nsx-node-type`: one agent per
 * pool, with its own DaemonSet, ConfigMap and SCC; the namespace, service account and RBAC are emitted once.
 */
export function mixedClusterChart(scope: Construct): Chart {
  const chart = new Chart(scope, 'nsx-node-agent');
  new NsxNodeAgent(chart, 'hostvm', {
    ...SHARED,
    nodeSelector: { 'nsx-node-type': 'hostvm' },
    ncpIni: { ...SHARED.ncpIni, nsxKubeProxy: { ovsUplinkPort: 'ens224' } },
  });
  new NsxNodeAgent(chart, 'baremetal', {
    ...SHARED,
    name: 'nsx-node-agent-bm',
    nodeType: NodeType.BAREMETAL,
    nodeSelector: { 'nsx-node-type': 'baremetal' },
  });
  return chart;
}

if (require.main === module) {
  const app = new App({ outdir: join(__dirname, 'dist') });
  mixedClusterChart(app);
  app.synth();
}
