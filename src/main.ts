import { appFromValuesFile } from './app';
import { ProblemsError } from './problem';

/** Values file of the app; a pipeline points this variable at its own. */
const valuesFile = process.env.NSX_NODE_AGENT_VALUES ?? 'values.yaml';

try {
  appFromValuesFile(valuesFile).synth();
} catch (error) {
  if (!(error instanceof ProblemsError)) {
    throw error;
  }
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
