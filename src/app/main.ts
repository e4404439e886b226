// The app of cdk8s.yaml: `nsx-node-agent synth` of $NSX_NODE_AGENT_VALUES (else values.yaml) into $CDK8S_OUTDIR.
import { runCommand } from '../cli/run';

process.exitCode = runCommand(['synth']);
if (process.exitCode !== 0) {
  // `cdk8s synth` prints its own error and stack trace after any app that fails; this says where to look.
  process.stderr.write(
    'The lines above are the whole message: `cdk8s synth` adds its own error and stack trace below; ' +
      '`npm run synth` (or `nsx-node-agent synth`) shows the problems alone and keeps the previous manifests.\n',
  );
}
