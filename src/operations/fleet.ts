import { mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CHART_NAME } from '../app/app';
import { inside } from '../app/values';
import { Problem, ProblemsError } from '../checking/problem';
import { objectCount, renderValuesFile } from './render';

/** The manifest each folder of a fleet run holds, as a single synth names it. */
export const MANIFEST_FILE = `${CHART_NAME}.k8s.yaml`;

/** A values file of a fleet run, and the directory argument it was found in, if any. */
export interface FleetSource {
  readonly file: string;
  /** The directory named on the command line that holds `file`: the file must resolve inside it. */
  readonly directory?: string;
}

/** One values file of a fleet run and the folder its manifest goes to. */
export interface FleetMember extends FleetSource {
  /** `<output>/<file's name without its extension>`. */
  readonly folder: string;
}

/** What a fleet run did with each file. */
export interface FleetResult {
  /** Folders written, with their manifest and its object count, in the order of the files. */
  readonly written: readonly { readonly file: string; readonly manifest: string; readonly objects: number }[];
  /** Each failed file's problems, naming the file. */
  readonly failed: readonly { readonly file: string; readonly folder: string; readonly message: string }[];
  /** True when nothing was written because a file failed and the run was all or nothing. */
  readonly withheld: boolean;
}

/** The folder name of a values file: its name without `.yaml`/`.yml`. */
export function folderName(file: string): string {
  return basename(file, extname(file));
}

/**
 * Pairs each values file with its folder under `output`, or the usage problem that keeps the run from starting:
 * two files whose names differ only by folder or extension would write the same folder.
 */
export function fleetMembers(sources: readonly (string | FleetSource)[], output: string): FleetMember[] | string {
  const members = sources.map((s) => (typeof s === 'string' ? { file: s } : s));
  const byFolder = new Map<string, string[]>();
  for (const { file } of members) {
    const name = folderName(file);
    byFolder.set(name, [...(byFolder.get(name) ?? []), file]);
  }
  const clashes = [...byFolder.entries()].filter(([, same]) => same.length > 1);
  if (clashes.length > 0) {
    return clashes
      .flatMap(([name, same]) => {
        const repeated = [...new Set(same.map(identity))].filter((id) => same.filter((f) => identity(f) === id).length > 1);
        const twice = repeated.map((id) => {
          const names = same.filter((f) => identity(f) === id);
          return (
            `values file ${names[0]} is listed ${names.length === 2 ? 'twice' : `${names.length} times`}` +
            `${new Set(names).size > 1 ? ` (as ${names.join(', ')})` : ''}\n` +
            '    allowed: each values file once\n' +
            '    fix: list it once'
          );
        });
        const distinct = [...new Set(same.map(identity))];
        const clash =
          distinct.length > 1
            ? [
                `values files ${distinct.map((id) => same.find((f) => identity(f) === id)).join(', ')} would all write ${join(output, name)}\n` +
                  '    allowed: values files whose names without .yaml/.yml differ (each names its output folder)\n' +
                  '    fix: rename all but one of them, or synthesize them in separate runs with separate -o',
              ]
            : [];
        return [...twice, ...clash];
      })
      .join('\n');
  }
  return members.map((member) => ({ ...member, folder: join(output, folderName(member.file)) }));
}

/** What names one file, however it is written: its real path (or, when it is missing, its absolute path). */
function identity(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/**
 * The problem of a values file found in a directory argument that resolves (by a symbolic link) outside that
 * directory: it is refused and never read, so a link in a shared directory cannot make the run read elsewhere.
 */
function outsideProblem(member: FleetMember): string | undefined {
  if (member.directory === undefined || inside(member.directory, member.file)) {
    return undefined;
  }
  const problem = new Problem(
    member.file,
    identity(member.file),
    `is a symbolic link to a file outside ${member.directory}, the directory named (it is not read)`,
    `values files inside ${member.directory}`,
    `copy the file into ${member.directory}, or name it as an argument of its own`,
  );
  return new ProblemsError(`values file ${member.file}`, [problem]).message;
}

/**
 * Synthesizes every values file in one process, each into its own folder. A file with problems leaves its folder
 * as it was while the others are written; with `allOrNothing`, nothing is written when any file fails. Each
 * folder is replaced as a single synth replaces its output: rendered beside it and renamed in.
 */
export function synthFleet(members: readonly FleetMember[], allOrNothing: boolean): FleetResult {
  const rendered = members.map((member) => {
    const outside = outsideProblem(member);
    return { ...member, result: outside === undefined ? renderValuesFile(member.file) : { problems: outside } };
  });
  const failed: FleetResult['failed'][number][] = rendered.flatMap((r) =>
    'problems' in r.result ? [{ file: r.file, folder: r.folder, message: r.result.problems }] : [],
  );
  if (allOrNothing && failed.length > 0) {
    return { written: [], failed, withheld: true };
  }
  const written: FleetResult['written'][number][] = [];
  const stage = stagingBeside(members);
  try {
    rendered.forEach((r, i) => {
      if ('yaml' in r.result) {
        const problem = typeof stage === 'string' ? stage : replaceFolder(r.folder, r.result.yaml, join(stage.dir, String(i)));
        if (problem === undefined) {
          written.push({ file: r.file, manifest: join(r.folder, MANIFEST_FILE), objects: objectCount(r.result.yaml) });
        } else {
          failed.push({ file: r.file, folder: r.folder, message: problem });
        }
      }
    });
  } finally {
    if (typeof stage !== 'string') {
      rmSync(stage.dir, { recursive: true, force: true });
    }
  }
  return { written, failed, withheld: false };
}

/**
 * One directory beside the folders (they share a parent), where every manifest is written before it is renamed
 * into its folder; or why it cannot be made.
 */
function stagingBeside(members: readonly FleetMember[]): { dir: string } | string {
  const parent = dirname(resolve(members[0]?.folder ?? '.'));
  try {
    mkdirSync(parent, { recursive: true });
    return { dir: mkdtempSync(join(parent, '.fleet.synth-')) };
  } catch (error) {
    return `cannot write beside ${dirname(members[0]?.folder ?? '.')} (${errorCode(error)}); nothing is changed`;
  }
}

/**
 * Writes the manifest to `staged` (a file beside `folder`), renames it into `folder` and removes manifests of
 * charts that are no longer there: `folder` holds the old manifest or the new one whole. Returns why it could not
 * be written, if so.
 */
export function replaceFolder(folder: string, yaml: string, staged: string): string | undefined {
  const target = resolve(folder);
  try {
    writeFileSync(staged, yaml);
    mkdirSync(target, { recursive: true });
    renameSync(staged, join(target, MANIFEST_FILE));
    for (const name of readdirSync(target)) {
      if (name.endsWith('.k8s.yaml') && name !== MANIFEST_FILE) {
        rmSync(join(target, name));
      }
    }
    return undefined;
  } catch (error) {
    rmSync(staged, { force: true });
    return `cannot write ${folder} (${errorCode(error)}); ${folder} is unchanged`;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}
