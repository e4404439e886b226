import { App, Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { AgentCollisions } from '../agent/collisions/agent-collisions';
import { NsxNodeAgent } from '../agent/nsx-node-agent';
import { type AgentOptions, valuesProps } from '../agent/settings/agent-options';
import { agentSettings } from '../agent/settings/agent-settings';
import { isMap } from '../checking/deep-merge';
import { Problem, ProblemList, throwIfAny } from '../checking/problem';
import { NcpStack, stackProps } from '../ncp/ncp-stack';
import type { NcpProps } from '../ncp/props';
import { ncpValuesProps } from '../ncp/settings';
import { OPTION_NAMES, readValuesFile } from './values';

/** Name of the chart, and so of the manifest: `<outdir>/nsx-node-agent.k8s.yaml`. */
export const CHART_NAME = 'nsx-node-agent';

/**
 * The app the values file describes: one chart with one agent, or one per entry of `agents`. Problems in the
 * file, in the options it sets and between the agents are reported together in one ProblemsError, before
 * anything is written; each names the option where the file sets it. `adjust` changes each agent's options
 * before they are checked, e.g. to plan another release.
 */
export function appFromValuesFile(
  file: string,
  outdir?: string,
  adjust: (props: AgentOptions) => AgentOptions = (props) => props,
): App {
  const values = readValuesFile(file);
  const problems = new ProblemList();
  problems.push(...values.problems);
  const app = new App({ outdir });
  const chart = new Chart(app, CHART_NAME);
  if (values.ncp !== undefined && values.agents.length === 1) {
    // The whole stack: the file's top level is the agent, `ncp` is NCP.
    const [{ props, pathOf }] = values.agents;
    const options = adjust(
      Object.fromEntries(Object.entries(props).filter(([key]) => OPTION_NAMES.includes(key))) as AgentOptions,
    );
    const stack = {
      agent: valuesProps(options, pathOf),
      ncp: isMap(values.ncp) ? ncpValuesProps(values.ncp) : (values.ncp as NcpProps),
    };
    if (!isMap(values.ncp)) {
      problems.push(
        new Problem(
          'ncp',
          values.ncp,
          "is not a map of NCP's options",
          'a map such as `ncpIni: { nsx_v3: { … } }`',
          'write ncp as key: value lines',
        ),
      );
      throwIfAny(`values file ${file}`, problems.all);
    }
    problems.push(...stackProps(stack, '').problems);
    throwIfAny(`values file ${file}`, problems.all);
    new NcpStack(chart, 'stack', stack);
    return app;
  }
  const prefixes = new Map<Construct, string>();
  values.agents.forEach(({ props, pathOf, prefix }, i) => {
    // The file's unknown keys are reported by readValuesFile, with their place in the file.
    const options = adjust(
      Object.fromEntries(Object.entries(props).filter(([key]) => OPTION_NAMES.includes(key))) as AgentOptions,
    );
    const checked = agentSettings(options, pathOf);
    problems.push(...checked.problems);
    if (checked.problems.length === 0) {
      const id = values.agents.length === 1 && prefix === '' ? 'agent' : `agent-${i}`;
      prefixes.set(new NsxNodeAgent(chart, id, valuesProps(options, pathOf, checked.settings)), prefix);
    }
  });
  // Agents that clash are fixed in the entry of the later one.
  problems.push(...AgentCollisions.of(chart).problemsAt((agent, option) => `${prefixes.get(agent) ?? ''}${option}`));
  throwIfAny(`values file ${file}`, problems.all);
  return app;
}
