import type { AgentOptions } from '../agent/settings/agent-options';
import type { CliIo } from '../cli/cli';
import { repeatedFlag } from '../cli/flags';
import { NCP_VERSION_ALLOWED, releaseLine } from '../releases/release-lines';
import { imageNote, type Plan, planOf } from './plan';
import { objectsOfYaml, renderValuesFile } from './render';
import { changeJson, shortValue } from './show';
import { defaultValuesFile } from './synth-command';

/** `plan [<values.yaml>] --to <release> [--json]` and `plan <old-values.yaml> <new-values.yaml> [--json]`. */
export function planCommand(args: readonly string[], io: CliIo, usage: string): number {
  const usageError = (message: string) => {
    io.stderr(`nsx-node-agent plan: ${message}\n${usage}`);
    return 2;
  };
  const files: string[] = [];
  let to: string | undefined;
  let json = false;
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const repeated = repeatedFlag(args[i], seen, ['--to']);
    if (repeated !== undefined) {
      return usageError(repeated);
    }
    if (args[i] === '--to') {
      to = args[++i];
      const line = releaseLine(to);
      if (to === undefined || 'reason' in line) {
        return usageError(
          `--to ${to === undefined ? 'needs a release' : `${JSON.stringify(to)} ${(line as { reason: string }).reason}`}\n` +
            `    allowed: ${NCP_VERSION_ALLOWED}\n    fix: e.g. --to 3.1`,
        );
      }
    } else if (args[i] === '--json') {
      json = true;
    } else if (args[i].startsWith('-')) {
      return usageError(`unknown option ${args[i]}\n    allowed: --to <release>, --json\n    fix: remove it`);
    } else {
      files.push(args[i]);
    }
  }
  if ((to !== undefined && files.length > 1) || (to === undefined && files.length !== 2)) {
    return usageError(
      `needs either one values file and --to, or the old and the new values file (got ${
        [...files, ...(to === undefined ? [] : [`--to ${to}`])].join(', ') || 'nothing'
      })\n    allowed: plan [<values.yaml>] --to <release>, or plan <old-values.yaml> <new-values.yaml>\n` +
        '    fix: e.g. plan values.yaml --to 3.1',
    );
  }
  const [oldFile, newFile] = to === undefined ? files : [files[0] ?? defaultValuesFile(), files[0] ?? defaultValuesFile()];
  const release = to;
  const adjust = release === undefined ? undefined : (props: AgentOptions) => ({ ...props, ncpVersion: release }) as AgentOptions;
  const before = renderValuesFile(oldFile);
  const after = renderValuesFile(newFile, adjust);
  const problems = [
    ...('problems' in before ? [before.problems] : []),
    ...('problems' in after && !('problems' in before && release !== undefined)
      ? [release === undefined ? after.problems : `with ncpVersion ${release}: ${after.problems}`]
      : []),
  ];
  if ('problems' in before || 'problems' in after) {
    io.stderr(`${problems.join('\n')}\nNo plan was made.\n`);
    return 1;
  }
  const objects = objectsOfYaml(after.yaml);
  const planned = planOf(
    objectsOfYaml(before.yaml),
    objects,
    oldFile,
    release === undefined ? newFile : `${newFile} with ncpVersion ${release}`,
  );
  const note = release === undefined ? undefined : imageNote(objects, release);
  const plan = note === undefined ? planned : { ...planned, notes: [...planned.notes, note] };
  io.stdout(json ? `${JSON.stringify(planJson(plan), null, 2)}\n` : planText(plan));
  return 0;
}

function planJson(plan: Plan): Record<string, unknown> {
  const whole = (side: 'before' | 'after') =>
    plan.changes.filter((c) => c.path === '' && c[side] === undefined).map((c) => ({ object: c.object, option: c.option }));
  return {
    from: plan.from,
    to: plan.to,
    added: whole('before'),
    removed: whole('after'),
    changed: plan.changes.filter((c) => c.path !== '').map(changeJson),
    rolls: plan.rolls,
    refusedInPlace: plan.refused,
    notes: plan.notes,
  };
}

/** The plan in words: objects added and removed, fields changed, pods that roll, changes to make by hand. */
export function planText(plan: Plan): string {
  const added = plan.changes.filter((c) => c.path === '' && c.before === undefined);
  const removed = plan.changes.filter((c) => c.path === '' && c.after === undefined);
  const fields = plan.changes.filter((c) => c.path !== '');
  let text = `Plan from ${plan.from} to ${plan.to}:\n`;
  if (plan.changes.length === 0) {
    return `${text}  no changes: both generate the same objects\n`;
  }
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length > 0) {
      text += `\n${title} (${lines.length}):\n${lines.map((l) => `  - ${l}`).join('\n')}\n`;
    }
  };
  section(
    'Objects added',
    added.map((c) => `${c.object} (option: ${c.option})`),
  );
  section(
    'Objects removed',
    removed.map((c) => `${c.object} (option: ${c.option})`),
  );
  section(
    'Fields changed',
    fields.map((c) => {
      const change =
        c.before === undefined
          ? `added: ${shortValue(c.after, c.path)}`
          : c.after === undefined
            ? `removed: ${shortValue(c.before, c.path)}`
            : `${shortValue(c.before, c.path)} -> ${shortValue(c.after, c.path)}`;
      return `${c.object} ${c.path}: ${change} (option: ${c.option})`;
    }),
  );
  section(
    'Pods that roll (pod template changed)',
    plan.rolls.map((r) => `${r.daemonSet}: ${r.because.join(', ')}`),
  );
  if (plan.rolls.length === 0 && added.every((c) => c.kind !== 'DaemonSet')) {
    text += '\nNo pods roll: no pod template changes.\n';
  }
  section(
    'Refused in place by the API server',
    plan.refused.map(
      (r) => `${r.object} ${r.path}: ${r.why}. Instead:\n${r.procedure.map((step, i) => `      ${i + 1}. ${step}`).join('\n')}`,
    ),
  );
  section('Notes', plan.notes);
  return text;
}
