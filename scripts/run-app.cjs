'use strict';
/*
 * Runs a TypeScript entry point of this project (default: the app, src/app/main.ts) as `cdk8s.yaml` asks:
 *   node scripts/run-app.cjs [entry.ts]
 * The entry is bundled with esbuild, dependencies included, into build/app/, and run with a V8 code cache.
 * One bundle loads faster than the hundreds of module files it replaces, and the code cache spares most of its
 * compilation (docs/performance.md has the figures). The bundle is rebuilt only when an input changes: the project's own files by content,
 * installed packages by their package.json (name and version), plus package.json, tsconfig.json and this file.
 * In the bundle, __dirname is build/app for every module; nothing the app runs reads it.
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.dirname(__dirname);
/** Inputs that shape every bundle besides the files esbuild reads. */
const BUILD_INPUTS = ['package.json', 'tsconfig.json', path.relative(ROOT, __filename)];
const FINGERPRINT_LENGTH = 64;
const BANNER = `// inputs ${'0'.repeat(FINGERPRINT_LENGTH)}`;

const entry = path.relative(ROOT, path.resolve(process.argv[2] ?? path.join(ROOT, 'src', 'app', 'main.ts')));
const base = path.join(ROOT, 'build', 'app', entry.replace(/\.ts$/, '').replace(/[\\/]/g, '-'));
const files = { bundle: `${base}.cjs`, inputs: `${base}.inputs.json`, codeCache: `${base}.v8cache` };

/** The file whose content stands for an input: an installed package is known by its package.json. */
function identity(input) {
  const packages = input.lastIndexOf('node_modules/');
  if (packages < 0) {
    return input;
  }
  const [scopeOrName, name] = input.slice(packages + 'node_modules/'.length).split('/');
  return path.join(
    input.slice(0, packages),
    'node_modules',
    scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName,
    'package.json',
  );
}

function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const file of new Set([...BUILD_INPUTS, ...inputs].map(identity))) {
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Writes a file whole or not at all, so that concurrent runs never read half a file. */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

/** The fingerprint in the bundle's first line, if the bundle's recorded inputs are unchanged; else undefined. */
function currentFingerprint(source) {
  try {
    const recorded = source.slice(BANNER.length - FINGERPRINT_LENGTH, BANNER.length);
    return fingerprint(JSON.parse(fs.readFileSync(files.inputs, 'utf8'))) === recorded ? recorded : undefined;
  } catch {
    return undefined;
  }
}

function build() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: files.bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // NODE_OPTIONS=--enable-source-maps maps stack traces back to the sources.
    sourcemap: 'linked',
    sourcesContent: false,
    banner: { js: BANNER },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const inputsHash = fingerprint(inputs);
  fs.mkdirSync(path.dirname(base), { recursive: true });
  let source;
  for (const output of result.outputFiles) {
    if (output.path === files.bundle) {
      source = BANNER.slice(0, -FINGERPRINT_LENGTH) + inputsHash + output.text.slice(BANNER.length);
      writeAtomically(output.path, source);
    } else {
      writeAtomically(output.path, output.contents);
    }
  }
  writeAtomically(files.inputs, JSON.stringify(inputs));
  return { source, inputsHash };
}

function readCodeCache(inputsHash) {
  try {
    const data = fs.readFileSync(files.codeCache);
    return data.subarray(0, FINGERPRINT_LENGTH).toString() === inputsHash ? data.subarray(FINGERPRINT_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

function run() {
  let source = fs.existsSync(files.bundle) ? fs.readFileSync(files.bundle, 'utf8') : '';
  let inputsHash = currentFingerprint(source);
  if (!inputsHash) {
    ({ source, inputsHash } = build());
  }
  const cachedData = readCodeCache(inputsHash);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: files.bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    // After the run, the cache also holds every function the run compiled.
    process.once('exit', () =>
      writeAtomically(files.codeCache, Buffer.concat([Buffer.from(inputsHash), script.createCachedData()])),
    );
  }
  const module = { exports: {} };
  process.argv.splice(1, 2, path.join(ROOT, entry));
  script.runInThisContext()(module.exports, createRequire(files.bundle), module, files.bundle, path.dirname(files.bundle));
}

run();
