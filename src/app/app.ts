import { App, Chart } from 'cdk8s';
import { AgentCollisions } from '../agent/collisions/agent-collisions';
import { NsxNodeAgent } from '../agent/nsx-node-agent';
import type { NsxNodeAgentProps } from '../agent/props';
import { Problem, ProblemsError, throwIfAny } from '../checking/problem';
import { OPTION_NAMES, readValuesFile } from './values';

/** Name of the chart, and so of the manifest: `<outdir>/nsx-node-agent.k8s.yaml`. */
export const CHART_NAME = 'nsx-node-agent';

/**
 * The app the values file describes: one chart with one agent, or one per entry of `agents`. Problems in the
 * file, in the options it sets and between the agents are reported together in one ProblemsError, before
 * anything is written.
 */
export function appFromValuesFile(
  file: string,
  outdir?: string,
  adjust: (props: NsxNodeAgentProps) => NsxNodeAgentProps = (props) => props,
): App {
  const { agents, problems } = readValuesFile(file);
  const app = new App({ outdir });
  const chart = new Chart(app, CHART_NAME);
  const constructed = new Map<unknown, string>();
  agents.forEach(({ props, pathOf, prefix }, i) => {
    try {
      // The file's unknown keys are reported by readValuesFile, with their place in the file.
      const options = Object.fromEntries(Object.entries(props).filter(([key]) => OPTION_NAMES.includes(key)));
      constructed.set(
        new NsxNodeAgent(
          chart,
          agents.length === 1 && prefix === '' ? 'agent' : `agent-${i}`,
          adjust(options as NsxNodeAgentProps),
        ),
        prefix,
      );
    } catch (error) {
      if (!(error instanceof ProblemsError)) {
        throw error;
      }
      problems.push(...error.problems.map((p) => new Problem(pathOf(p.option), p.value, p.issue, p.allowed, p.fix)));
    }
  });
  if (constructed.size > 0) {
    for (const { agent, problem: p } of AgentCollisions.of(chart).problems) {
      problems.push(new Problem(`${constructed.get(agent) ?? ''}${p.option}`, p.value, p.issue, p.allowed, p.fix));
    }
  }
  // Shared defaults that are wrong are the same problem for every agent: report them once.
  const unique = [...new Map(problems.map((p) => [String(p), p])).values()];
  throwIfAny(`values file ${file}`, unique);
  return app;
}
