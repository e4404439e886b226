import { ProblemsError } from '../checking/problem';
import { appFromValuesFile } from './app';

/** Values file of the app; a pipeline points this variable at its own. */
const valuesFile = process.env.NSX_NODE_AGENT_VALUES ?? 'values.yaml';

try {
  appFromValuesFile(valuesFile).synth();
} catch (error) {
  // `cdk8s synth` prints its own error and stack trace after any app that fails; the hint says where to look.
  const message =
    error instanceof ProblemsError
      ? error.message
      : `internal error: ${(error as Error).message} (NSX_NODE_AGENT_DEBUG=1 shows where)`;
  process.stderr.write(`${message}\n`);
  if (!(error instanceof ProblemsError) && process.env.NSX_NODE_AGENT_DEBUG) {
    process.stderr.write(`${(error as Error).stack}\n`);
  }
  process.stderr.write(
    'Nothing was synthesized. The lines above are the whole message: `cdk8s synth` adds its own error and stack trace ' +
      'below; `npm run synth` (or `nsx-node-agent synth`) shows the problems alone and keeps the previous manifests.\n',
  );
  process.exitCode = 1;
}
