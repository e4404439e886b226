import { App, Chart } from 'cdk8s';
import { NsxNodeAgent } from './nsx-node-agent';
import { ProblemsError, throwIfAny } from './problem';
import { readValuesFile } from './values';

/** Name of the chart, and so of the manifest: `<outdir>/nsx-node-agent.k8s.yaml`. */
export const CHART_NAME = 'nsx-node-agent';

/**
 * The app the values file describes. Problems in the file and in the options it sets are reported together
 * in one ProblemsError, before anything is written.
 */
export function appFromValuesFile(file: string, outdir?: string): App {
  const { props, problems } = readValuesFile(file);
  const app = new App({ outdir });
  const chart = new Chart(app, CHART_NAME);
  try {
    new NsxNodeAgent(chart, 'agent', props);
  } catch (error) {
    if (!(error instanceof ProblemsError)) {
      throw error;
    }
    problems.push(...error.problems);
  }
  throwIfAny(`values file ${file}`, problems);
  return app;
}
