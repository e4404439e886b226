import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, Chart, Testing } from 'cdk8s';
import { NcpStack, type NcpStackProps, NsxNodeAgent, type NsxNodeAgentProps } from '../src';
import { ProblemsError } from '../src/checking/problem';

/** Options of a minimal working agent; tests override what they exercise. */
export const BASE_PROPS: NsxNodeAgentProps = {
  image: 'registry.example.com/nsx/nsx-ncp-rhel:2.4.1.13515827',
  ncpIni: { coe: { cluster: 'k8s-cluster-1' } },
};

/**
 * An app for tests. cdk8s's own `Testing.app()` makes a new temporary directory on every call and never removes it;
 * nothing is written here, so all test apps share one.
 */
export function testApp(): App {
  return Testing.app({ outdir: join(tmpdir(), 'nsx-node-agent-cdk8s-tests') });
}

let charts = 0;

/** Synthesizes one agent in an app of its own (an app is one cluster) and returns the manifest objects. */
export function synthAgent(props: Partial<NsxNodeAgentProps> = {}): any[] {
  const chart = new Chart(testApp(), `test-${charts++}`);
  new NsxNodeAgent(chart, 'agent', { ...BASE_PROPS, ...props });
  return Testing.synth(chart);
}

export function daemonSetOf(objects: any[]): any {
  return objects.find((o) => o.kind === 'DaemonSet');
}

export function configMapOf(objects: any[]): any {
  return objects.find((o) => o.kind === 'ConfigMap');
}

export function containerOf(objects: any[], name: string): any {
  return daemonSetOf(objects).spec.template.spec.containers.find((c: any) => c.name === name);
}

/** The problems the construct reports for `props`, as their messages; fails the test when it reports none. */
export function problemsOf(props: Partial<NsxNodeAgentProps>): string[] {
  try {
    synthAgent(props);
  } catch (error) {
    if (error instanceof ProblemsError) {
      return error.problems.map(String);
    }
    throw error;
  }
  throw new Error('expected the options to be refused');
}

/** The object of `kind` named `name` (or the only one of that kind). */
export function objectOf(objects: any[], kind: string, name?: string): any {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) {
    throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  }
  return found[0];
}

/**
 * Synthesizes `build`'s agents in a chart of an app of its own (validation covers the whole app, so a failing
 * chart must not share it); throws the chart's validation error.
 */
export function synthChart(build: (chart: Chart) => void): any[] {
  const chart = new Chart(testApp(), 'test-0');
  build(chart);
  return Testing.synth(chart);
}

/** Synthesizes one NcpStack in an app of its own and returns the manifest objects. */
export function synthStack(props: NcpStackProps): any[] {
  const chart = new Chart(testApp(), `stack-${charts++}`);
  new NcpStack(chart, 'stack', props);
  return Testing.synth(chart);
}

/** The problems NcpStack reports for `props`; fails the test when it reports none. */
export function stackProblemsOf(props: NcpStackProps): string[] {
  try {
    synthStack(props);
  } catch (error) {
    if (error instanceof ProblemsError) {
      return error.problems.map(String);
    }
    throw error;
  }
  throw new Error('expected the options to be refused');
}

/** The values files of the stack's examples: examples/ncp-stack/<example>/values.yaml. */
export function stackExamples(): string[] {
  const root = join('examples', 'ncp-stack');
  return existsSync(root)
    ? readdirSync(root)
        .filter((example) => existsSync(join(root, example, 'values.yaml')))
        .sort()
        .map((example) => join(root, example, 'values.yaml'))
    : [];
}
