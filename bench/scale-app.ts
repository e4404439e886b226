import { App, Chart } from 'cdk8s';
import { NsxNodeAgent } from '../src/agent/nsx-node-agent';
import { valuesProps } from '../src/agent/settings/agent-options';
import { readValuesFile } from '../src/app/values';
import { throwIfAny } from '../src/checking/problem';

/**
 * The default values file's agent, NSX_BENCH_AGENTS times in one chart, each with its own namespace, DaemonSet,
 * ConfigMap and companions, and its own node pool (agents may not select the same nodes); written to CDK8S_OUTDIR
 * as scale.k8s.yaml. Run from the project's root, as the app.
 */
const count = Number(process.env.NSX_BENCH_AGENTS ?? '1');
const { agents, problems } = readValuesFile('values.yaml');
throwIfAny('values.yaml', problems);
const [{ props }] = agents;

const app = new App();
const chart = new Chart(app, 'scale');
for (let i = 1; i <= count; i++) {
  const options = {
    ...props,
    namespace: `nsx-system-${i}`,
    name: `nsx-node-agent-${i}`,
    configMapName: `nsx-node-agent-config-${i}`,
    clusterRoleName: `nsx-node-agent-cluster-role-${i}`,
    clusterRoleBindingName: `nsx-node-agent-cluster-role-binding-${i}`,
    nodeSelector: { 'nsx-pool': `pool-${i}` },
  };
  new NsxNodeAgent(
    chart,
    `agent-${i}`,
    valuesProps(options, (option) => option),
  );
}
app.synth();

// For the bench: this process's peak resident set, in KiB.
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
