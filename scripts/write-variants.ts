import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Yaml } from 'cdk8s';
import { appFromValuesFile } from '../src/app';
import { synthAgent } from '../test/support';
import { VARIANTS } from '../test/variants';

/**
 * Writes every manifest the tests and examples produce, one file per variant, into the directory given as the
 * argument (emptied first), for checks outside jest such as the real kube-apiserver's:
 *   node scripts/run-app.cjs scripts/write-variants.ts build/variants
 */
const outdir = process.argv[2];
if (!outdir) {
  throw new Error('usage: write-variants.ts OUTDIR');
}
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const files: Record<string, unknown[]> = {
  ...Object.fromEntries(Object.entries(VARIANTS).map(([variant, props]) => [variant, synthAgent(props)])),
  'app-values': appFromValuesFile('values.yaml').charts.flatMap((chart) => chart.toJson()),
  'example-mixed-cluster': appFromValuesFile('examples/mixed-cluster/values.yaml').charts.flatMap((chart) => chart.toJson()),
};
for (const [name, objects] of Object.entries(files)) {
  writeFileSync(join(outdir, `${name}.k8s.yaml`), Yaml.stringify(...objects));
}
process.stdout.write(`wrote ${Object.keys(files).length} manifests to ${outdir}\n`);
