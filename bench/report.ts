/** What `npm run bench` measured, as written to bench/results.json. */
export interface Results {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    readonly node: string;
    readonly kubectl: string | null;
  };
  readonly rounds: number;
  readonly startup: readonly {
    readonly key: string;
    readonly label: string;
    readonly command: string;
    readonly seconds: number;
    readonly maxRssMiB: number | null;
  }[];
  readonly scale: readonly {
    readonly agents: number;
    readonly docs: number;
    readonly bytes: number;
    readonly seconds: number;
    readonly msPerAgent: number;
    readonly maxRssMiB: number;
    readonly kustomizeSeconds: number | null;
    readonly kustomizeMaxRssMiB: number | null;
  }[];
  /** The fleet run; absent from results written before it was measured. */
  fleet?: FleetResults;
  targets: Target[];
}

/** One fleet run of many values files against single runs, the latter sampled and extrapolated. */
export interface FleetResults {
  /** When the fleet was measured, if apart from the rest (BENCH_ONLY=fleet). */
  readonly date?: string;
  readonly files: number;
  readonly objects: number;
  /** Median wall time of the fleet run. */
  readonly fleetSeconds: number;
  readonly msPerFile: number;
  readonly fleetRounds: number;
  /** Single runs measured; their median times `files` is the extrapolated figure. */
  readonly singleSample: number;
  readonly singleSeconds: number;
  readonly singlesExtrapolatedSeconds: number;
  readonly cdk8sSample: number;
  readonly cdk8sSeconds: number;
  readonly cdk8sExtrapolatedSeconds: number;
  readonly fleetCommand: string;
  readonly singleCommand: string;
  readonly cdk8sCommand: string;
}

/** A goal, as a value measured in the run against its limit. */
export interface Target {
  readonly goal: string;
  readonly value: number;
  readonly limit: number;
  readonly met: boolean;
}

const atMost = (goal: string, value: number, limit: number): Target => ({ goal, value, limit, met: value <= limit });

/** The goals that the run's figures reach, or not; those of a scale the run skipped are left out. */
export function targets(results: Results): Target[] {
  const startup = (key: string) => results.startup.find((s) => s.key === key)?.seconds ?? Number.NaN;
  const at = (agents: number) => results.scale.find((s) => s.agents === agents);
  const goals = [
    atMost('app in-process / floor', startup('app') / startup('floor'), 1.3),
    atMost('README command / bare CLI start', startup('readme') / startup('cliStart'), 1.5),
  ];
  if (results.startup.some((s) => s.key === 'cliSynth')) {
    goals.push(atMost('the same without npm: cdk8s synth / bare CLI start', startup('cliSynth') / startup('cliStart'), 1.5));
  }
  const [hundred, thousand] = [at(100), at(1000)];
  if (hundred && thousand) {
    goals.push(atMost('t(1000 agents) / t(100 agents)', thousand.seconds / hundred.seconds, 11));
  }
  if (thousand) {
    goals.push(atMost('peak RSS at 1000 agents, MiB', thousand.maxRssMiB, 250));
    if (thousand.kustomizeSeconds !== null) {
      goals.push(atMost('app / kubectl kustomize at 1000 agents', thousand.seconds / thousand.kustomizeSeconds, 1));
    }
  }
  if (results.fleet) {
    const f = results.fleet;
    goals.push(atMost(`fleet run of ${f.files} files / one single synth`, f.fleetSeconds / f.singleSeconds, 30));
  }
  return goals;
}

const s = (seconds: number | null) => (seconds === null ? '–' : `${seconds.toFixed(2)} s`);
const mib = (value: number | null) => (value === null ? '–' : `${Math.round(value)} MiB`);
const size = (bytes: number) => (bytes < 1e6 ? `${Math.round(bytes / 1024)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |\n`;

/** The figures as Markdown tables. */
export function table(results: Results): string {
  let text = row(['what', 'command', 'median', 'peak RSS']) + row(['---', '---', '---:', '---:']);
  for (const r of results.startup) {
    text += row([r.label, `\`${r.command}\``, s(r.seconds), mib(r.maxRssMiB)]);
  }
  text += `\n${row(['agents', 'objects', 'YAML', 'app', 'per agent', 'peak RSS', 'kubectl kustomize', 'its peak RSS'])}`;
  text += row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const r of results.scale) {
    text += row([
      r.agents,
      r.docs,
      size(r.bytes),
      s(r.seconds),
      `${r.msPerAgent.toFixed(1)} ms`,
      mib(r.maxRssMiB),
      s(r.kustomizeSeconds),
      mib(r.kustomizeMaxRssMiB),
    ]);
  }
  if (results.fleet) {
    text += `\n${fleetTable(results.fleet)}`;
  }
  text += `\n${row(['target', 'measured', 'limit', 'met'])}${row(['---', '---:', '---:', '---'])}`;
  for (const t of results.targets) {
    text += row([t.goal, t.value.toFixed(2), t.limit, t.met ? 'yes' : '**no**']);
  }
  return text;
}

/** The figures of docs/performance.md: the machine, then the tables. */
export function readmeSection(results: Results): string {
  const m = results.machine;
  return (
    `Measured ${results.date} by \`npm run bench\` on ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB of memory, ` +
    `Node.js ${m.node}${m.kubectl ? `, kubectl ${m.kubectl}` : ''}: medians of ${results.rounds} interleaved runs, ` +
    `each a fresh process.\n\n${table(results)}`
  );
}

/** The fleet figures: one run of many files against single runs, sampled and extrapolated. */
export function fleetTable(f: FleetResults): string {
  const ratio = (value: number) => `${value.toFixed(1)}×`;
  let text = row(['fleet of values files', 'command', 'time', 'against the fleet run']) + row(['---', '---', '---:', '---:']);
  text += row([
    `one fleet run, ${f.files} files (${f.objects} objects; median of ${f.fleetRounds}${f.date ? `, ${f.date}` : ''})`,
    `\`${f.fleetCommand}\``,
    `${s(f.fleetSeconds)} (${f.msPerFile.toFixed(1)} ms per file)`,
    '1×',
  ]);
  text += row([
    `${f.files} single runs: median of ${f.singleSample} measured (${s(f.singleSeconds)}) × ${f.files}, extrapolated`,
    `\`${f.singleCommand}\``,
    s(f.singlesExtrapolatedSeconds),
    ratio(f.singlesExtrapolatedSeconds / f.fleetSeconds),
  ]);
  text += row([
    `${f.files} cdk8s CLI runs: median of ${f.cdk8sSample} measured (${s(f.cdk8sSeconds)}) × ${f.files}, extrapolated`,
    `\`${f.cdk8sCommand}\``,
    s(f.cdk8sExtrapolatedSeconds),
    ratio(f.cdk8sExtrapolatedSeconds / f.fleetSeconds),
  ]);
  text += row([
    'one single run',
    `\`${f.singleCommand}\``,
    s(f.singleSeconds),
    `${ratio(f.fleetSeconds / f.singleSeconds)} of it`,
  ]);
  return text;
}
