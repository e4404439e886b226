import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, measure, median } from './measure';
import type { FleetResults } from './report';

/*
 * The fleet benchmark: N generated values files synthesized by one `nsx-node-agent synth <dir> -o <out>` against
 * N single runs of `nsx-node-agent synth <file>` and of the cdk8s CLI. N fresh processes of each would take
 * minutes, so a sample of them is measured and its median multiplied by N (the report says so).
 */

/** Writes `count` values files into `dir`: the project's values.yaml, each with its own cluster and API server. */
export function writeFleetValues(root: string, dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const base = readFileSync(join(root, 'values.yaml'), 'utf8');
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `cluster-${String(i + 1).padStart(4, '0')}.yaml`);
    writeFileSync(
      file,
      base
        .replace('cluster: ocp-cluster-1', `cluster: ocp-cluster-${i + 1}`)
        .replace('apiserver_host_ip: 192.0.2.10', `apiserver_host_ip: 10.${(i >> 8) & 255}.${i & 255}.10`),
    );
    return file;
  });
}

const cli = (...args: string[]): Command => ({ argv: ['node', 'scripts/run-app.cjs', 'src/cli/main.ts', ...args] });

/** Measures the fleet run `rounds` times, and `sample` single runs of each kind, interleaved. */
export function benchFleet(options: {
  readonly root: string;
  readonly work: string;
  readonly count: number;
  readonly sample: number;
  readonly rounds: number;
  readonly cdk8s: string;
}): FleetResults {
  const { work, count, sample, rounds } = options;
  const files = writeFleetValues(options.root, join(work, 'fleet-values'), count);
  const fleet = cli('synth', join(work, 'fleet-values'), '-o', join(work, 'fleet-out'));
  const picked = Array.from({ length: sample }, (_, i) => files[Math.floor((i * count) / sample)]);
  const single = (i: number) => cli('synth', picked[i], '-o', join(work, 'single-out', String(i)));
  const cdk8s = (i: number): Command => ({
    argv: [options.cdk8s, 'synth', '--output', join(work, 'cdk8s-out', String(i))],
    env: { NSX_NODE_AGENT_VALUES: picked[i] },
  });
  // Warm-up: builds the bundle and its code cache.
  measure(single(0));
  measure(cdk8s(0));
  const fleetSeconds: number[] = [];
  const singleSeconds: number[] = [];
  const cdk8sSeconds: number[] = [];
  for (let round = 0; round < Math.max(rounds, 1); round++) {
    process.stderr.write(`fleet round ${round + 1} of ${rounds}\n`);
    fleetSeconds.push(measure(fleet).seconds);
    // The samples are spread over the rounds, so that they interleave with the fleet runs.
    for (let i = round; i < sample; i += rounds) {
      singleSeconds.push(measure(single(i)).seconds);
      cdk8sSeconds.push(measure(cdk8s(i)).seconds);
    }
  }
  const fleetMedian = median(fleetSeconds);
  const singleMedian = median(singleSeconds);
  const cdk8sMedian = median(cdk8sSeconds);
  return {
    files: count,
    objects: count * 9,
    fleetSeconds: fleetMedian,
    msPerFile: (fleetMedian * 1000) / count,
    fleetRounds: fleetSeconds.length,
    singleSample: singleSeconds.length,
    singleSeconds: singleMedian,
    singlesExtrapolatedSeconds: singleMedian * count,
    cdk8sSample: cdk8sSeconds.length,
    cdk8sSeconds: cdk8sMedian,
    cdk8sExtrapolatedSeconds: cdk8sMedian * count,
    fleetCommand: `nsx-node-agent synth $TMP/fleet-values -o $TMP/fleet-out  (${count} files)`,
    singleCommand: 'nsx-node-agent synth $TMP/fleet-values/<one file> -o $TMP/single-out/<i>',
    cdk8sCommand: 'NSX_NODE_AGENT_VALUES=<one file> node_modules/.bin/cdk8s synth --output $TMP/cdk8s-out/<i>',
  };
}
