import { isMap } from '../checking/deep-merge';
import { showValue } from '../checking/problem';

/** One field where two manifests differ; `undefined` on the side that does not have it. */
export interface FieldDifference {
  /** Where, e.g. `spec.template.spec.containers[nsx-node-agent].securityContext.privileged`. */
  readonly path: string;
  readonly file: unknown;
  readonly generated: unknown;
}

/**
 * `value` without what Kubernetes treats as unset: null, empty lists and empty maps (a vendor file's
 * `annotations:` whose only line is commented out is null).
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isMap(value)) {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

/** Lists whose items are matched by `name` rather than by position: containers, volumes, mounts, env. */
function isNamedList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((item) => isMap(item) && typeof item.name === 'string');
}

/**
 * Every field where `file` and `generated` differ, after `withoutEmpty`. Named lists are compared item by item
 * whatever their order; other lists as a whole. Scalars compare by their text, as YAML writes them (`1` and `"1"`
 * are one quantity).
 */
export function differences(file: unknown, generated: unknown, path = ''): FieldDifference[] {
  return compare(withoutEmpty(file), withoutEmpty(generated), path);
}

function compare(file: unknown, generated: unknown, path: string): FieldDifference[] {
  if (file === undefined && generated === undefined) {
    return [];
  }
  if (isNamedList(file) && isNamedList(generated)) {
    const names = [...new Set([...file, ...generated].map((item) => item.name as string))];
    return names.flatMap((name) =>
      compare(
        file.find((item) => item.name === name),
        generated.find((item) => item.name === name),
        `${path}[${name}]`,
      ),
    );
  }
  // A map missing on one side is compared key by key, so each field is named; a list item missing is one difference.
  const mapOrNothing = (v: unknown) => isMap(v) || v === undefined;
  if (mapOrNothing(file) && mapOrNothing(generated) && ((isMap(file) && isMap(generated)) || !path.endsWith(']'))) {
    return compareMaps(file ?? {}, generated ?? {}, path);
  }
  if (Array.isArray(file) && Array.isArray(generated)) {
    const same = file.length === generated.length && file.every((item, i) => compare(item, generated[i], '').length === 0);
    return same ? [] : [{ path, file, generated }];
  }
  const scalar = (v: unknown) => v === undefined || v === null || typeof v !== 'object';
  if (scalar(file) && scalar(generated) && file !== undefined && generated !== undefined && String(file) === String(generated)) {
    return [];
  }
  return [{ path, file, generated }];
}

function compareMaps(file: unknown, generated: unknown, path: string): FieldDifference[] {
  const [a, b] = [file, generated] as Record<string, unknown>[];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => compare(a[key], b[key], path === '' ? key : `${path}.${key}`));
}

/** A difference in words: what the file has and what the generated manifest has instead. */
export function describeDifference({ path, file, generated }: FieldDifference): string {
  if (generated === undefined) {
    return `${path}: ${showValue(file, path)} in the file is not imported`;
  }
  if (file === undefined) {
    return `${path}: not in the file; the generated manifest has ${showValue(generated, path)}`;
  }
  return `${path}: ${showValue(file, path)} in the file becomes ${showValue(generated, path)}`;
}
