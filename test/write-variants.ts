import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Yaml } from 'cdk8s';
import { addCharts } from '../examples/compose-into-app/charts';
import { appFromValuesFile } from '../src/app/app';
import { stackExamples, synthAgent, synthStack } from './support';
import { STACK_VARIANTS, VARIANTS } from './variants';

/**
 * Writes every manifest the tests and examples produce, one file per variant, into the directory given as the
 * argument (emptied first), for checks outside jest such as the real kube-apiserver's:
 *   node scripts/run-app.cjs test/write-variants.ts build/variants
 */
const outdir = process.argv[2];
if (!outdir) {
  throw new Error('usage: write-variants.ts OUTDIR');
}
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const files: Record<string, unknown[]> = {
  ...Object.fromEntries(Object.entries(VARIANTS).map(([variant, props]) => [variant, synthAgent(props)])),
  'app-values': objectsOf(appFromValuesFile('values.yaml')),
  ...Object.fromEntries(
    readdirSync('examples')
      .filter((example) => existsSync(join('examples', example, 'values.yaml')))
      .map((example) => [`example-${example}`, objectsOf(appFromValuesFile(join('examples', example, 'values.yaml')))]),
  ),
  'example-compose-into-app': objectsOf(composedApp()),
};
function objectsOf(app: App): unknown[] {
  return app.charts.flatMap((chart) => chart.toJson());
}

function composedApp(): App {
  const app = new App();
  addCharts(app);
  return app;
}

for (const [name, objects] of Object.entries(files)) {
  writeFileSync(join(outdir, `${name}.k8s.yaml`), Yaml.stringify(...objects));
}
process.stdout.write(`wrote ${Object.keys(files).length} manifests to ${outdir}\n`);

// The whole stack (NCP with the agent), into a directory of its own when a second argument names one.
const stackOutdir = process.argv[3];
if (stackOutdir) {
  rmSync(stackOutdir, { recursive: true, force: true });
  mkdirSync(stackOutdir, { recursive: true });
  const stackFiles: Record<string, unknown[]> = {
    ...Object.fromEntries(Object.entries(STACK_VARIANTS).map(([variant, props]) => [variant, synthStack(props)])),
    ...Object.fromEntries(
      stackExamples().map((file) => [
        `example-${file
          .replace(/^examples\//, '')
          .replace(/\/values\.yaml$/, '')
          .replaceAll('/', '-')}`,
        objectsOf(appFromValuesFile(file)),
      ]),
    ),
  };
  for (const [name, objects] of Object.entries(stackFiles)) {
    writeFileSync(join(stackOutdir, `${name}.k8s.yaml`), Yaml.stringify(...objects));
  }
  process.stdout.write(`wrote ${Object.keys(stackFiles).length} manifests to ${stackOutdir}\n`);
}
