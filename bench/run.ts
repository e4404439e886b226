import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchFleet } from './fleet';
import { type Command, measure, median, type Sample } from './measure';
import { type FleetResults, fleetTable, type Results, readmeSection, table, targets } from './report';

/*
 * `npm run bench`: start-up and scale of the app against baselines measured in the same run, each command a
 * fresh process, all of them interleaved round by round. BENCH_QUICK=1 is a smoke run (one round, up to 100
 * agents) that writes nothing; a full run writes bench/results.json and the figures of docs/performance.md.
 * BENCH_ONLY=fleet measures only the fleet run (1,000 values files in one process against sampled single runs)
 * and replaces its figures in bench/results.json, keeping the others.
 */
const QUICK = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 5));
const AGENTS = QUICK ? [1, 10, 100] : [1, 10, 100, 1000];
const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'nsx-bench-'));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const fleetOptions = {
  root: ROOT,
  work,
  count: QUICK ? 50 : 1000,
  sample: QUICK ? 3 : 20,
  rounds: QUICK ? 1 : 3,
  cdk8s: bin('cdk8s'),
};

/** Writes the figures: bench/results.json and the README's section. */
function writeResults(results: Results): void {
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const page = join(ROOT, 'docs', 'performance.md');
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace(/(<!-- bench:start -->\n)[\s\S]*(<!-- bench:end -->)/, `$1${readmeSection(results)}$2`),
  );
}

if (process.env.BENCH_ONLY === 'fleet') {
  const fleet: FleetResults = benchFleet(fleetOptions);
  rmSync(work, { recursive: true, force: true });
  const earlier = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as Results;
  const results: Results = { ...earlier, fleet: { ...fleet, date: new Date().toISOString().slice(0, 10) } };
  results.targets = targets(results);
  process.stdout.write(fleetTable(fleet));
  if (!QUICK) {
    writeResults(results);
  }
  process.exit(0);
}

interface Case {
  readonly key: string;
  readonly label: string;
  readonly command: Command;
  /** Explains other figures; a quick run skips it. */
  readonly reference?: boolean;
}

const runApp = (entry: string, outdir: string, env: Record<string, string> = {}): Command => ({
  argv: ['node', 'scripts/run-app.cjs', entry],
  env: { CDK8S_OUTDIR: join(work, outdir), ...env },
});

const startup: Case[] = [
  {
    key: 'floor',
    label: 'floor: load cdk8s and cdk8s-plus-28',
    command: { argv: ['node', '-e', "require('cdk8s');require('cdk8s-plus-28')"] },
  },
  { key: 'app', label: 'app: synth values.yaml in-process (cdk8s.yaml runner)', command: runApp('src/app/main.ts', 'app') },
  {
    key: 'appTsx',
    label: 'app, run by tsx instead',
    command: { argv: ['node', '--import', 'tsx', 'src/app/main.ts'], env: { CDK8S_OUTDIR: join(work, 'tsx') } },
    reference: true,
  },
  { key: 'cliStart', label: 'bare CLI start: cdk8s --version', command: { argv: [bin('cdk8s'), '--version'] } },
  {
    key: 'readme',
    label: 'README: npm run synth',
    command: { argv: ['npm', 'run', 'synth', '--', '--output', join(work, 'readme')] },
  },
  {
    key: 'cliSynth',
    label: 'cdk8s synth, without npm',
    command: { argv: [bin('cdk8s'), 'synth', '--output', join(work, 'cli')] },
    reference: true,
  },
  { key: 'npmStart', label: 'npm start-up: npm run (lists scripts)', command: { argv: ['npm', 'run'] }, reference: true },
].filter((c) => !(QUICK && c.reference));

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const kubectlVersion = kubectl.status === 0 ? kubectl.stdout.split('\n')[0].replace('Client Version: ', '') : undefined;
const scaleApp = (agents: number) => runApp('bench/scale-app.ts', `scale-${agents}`, { NSX_BENCH_AGENTS: String(agents) });
const kustomize = (agents: number): Command => ({ argv: ['kubectl', 'kustomize', join(work, `kustomize-${agents}`)] });
const scale: Case[] = AGENTS.flatMap((agents) => [
  { key: `scale-${agents}`, label: `${agents} agents`, command: scaleApp(agents) },
  ...(kubectlVersion
    ? [{ key: `kustomize-${agents}`, label: `kubectl kustomize, ${agents} agents`, command: kustomize(agents) }]
    : []),
]);

// Warm-up: builds the bundles and their code caches, and renders the YAML that kubectl kustomize reads.
for (const { command } of startup) {
  measure(command);
}
const rendered = new Map<number, { docs: number; bytes: number }>();
for (const agents of AGENTS) {
  measure(scaleApp(agents));
  const yaml = readFileSync(join(work, `scale-${agents}`, 'scale.k8s.yaml'), 'utf8');
  rendered.set(agents, { docs: yaml.match(/^kind: /gm)?.length ?? 0, bytes: Buffer.byteLength(yaml) });
  const dir = join(work, `kustomize-${agents}`);
  mkdirSync(dir);
  copyFileSync(join(work, `scale-${agents}`, 'scale.k8s.yaml'), join(dir, 'scale.k8s.yaml'));
  writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n  - scale.k8s.yaml\n');
}

const cases = [...startup, ...scale];
const samples = new Map<string, Sample[]>(cases.map((c) => [c.key, []]));
for (let round = 0; round < ROUNDS; round++) {
  process.stderr.write(`round ${round + 1} of ${ROUNDS}\n`);
  // Each round starts one case later, so that no case always follows the same one.
  const shift = round % cases.length;
  for (const c of [...cases.slice(shift), ...cases.slice(0, shift)]) {
    samples.get(c.key)?.push(measure(c.command));
  }
}
const fleet = benchFleet(fleetOptions);
rmSync(work, { recursive: true, force: true });

const seconds = (key: string) => median((samples.get(key) ?? []).map((s) => s.seconds));
const rss = (key: string) => {
  const values = (samples.get(key) ?? []).flatMap((s) => (s.maxRssMiB === undefined ? [] : [s.maxRssMiB]));
  return values.length ? Math.max(...values) : undefined;
};
/** The scale app reports its own peak, so it is known without GNU time. */
const appRss = (agents: number) =>
  Math.max(...(samples.get(`scale-${agents}`) ?? []).map((s) => JSON.parse(s.stdout.trim()).maxRssKiB / 1024));

const results: Results = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kubectl: kubectlVersion ?? null,
  },
  rounds: ROUNDS,
  startup: startup.map((c) => ({
    key: c.key,
    label: c.label,
    command: c.command.argv
      .map((arg) => (/^[\w./=$-]+$/.test(arg) ? arg : `"${arg}"`))
      .join(' ')
      .replaceAll(`${work}/`, '$TMP/')
      .replaceAll(`${ROOT}/`, ''),
    seconds: seconds(c.key),
    maxRssMiB: rss(c.key) ?? null,
  })),
  scale: AGENTS.map((agents) => ({
    agents,
    ...(rendered.get(agents) ?? { docs: 0, bytes: 0 }),
    seconds: seconds(`scale-${agents}`),
    msPerAgent: (seconds(`scale-${agents}`) * 1000) / agents,
    maxRssMiB: appRss(agents),
    kustomizeSeconds: kubectlVersion ? seconds(`kustomize-${agents}`) : null,
    kustomizeMaxRssMiB: rss(`kustomize-${agents}`) ?? null,
  })),
  fleet: { ...fleet, date: new Date().toISOString().slice(0, 10) },
  targets: [],
};
results.targets = targets(results);

process.stdout.write(table(results));
if (!QUICK) {
  writeResults(results);
}
