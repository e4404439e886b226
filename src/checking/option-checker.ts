import { isMap } from './deep-merge';
import { didYouMean } from './did-you-mean';
import { Problem, type ProblemList } from './problem';
import type { ValueType } from './value-types';

/** Checks option values one by one and collects every problem, so all of them are reported together. */
export class OptionChecker {
  constructor(public readonly problems: ProblemList) {}

  /** `value` when it is allowed; `undefined` when it is unset, or wrong (then a problem is recorded). */
  public value<T>(option: string, value: unknown, type: ValueType<T>, fix: string): T | undefined {
    if (value === undefined) {
      return undefined;
    }
    const reason = type.reason(value);
    if (reason === undefined) {
      return value as T;
    }
    const scalar = typeof value === 'number' || typeof value === 'boolean';
    if (scalar && type.reason(String(value)) === undefined) {
      // YAML reads 5, 2.4 or true unquoted as a number or boolean; the same text in quotes is allowed.
      const quoted = JSON.stringify(String(value));
      this.problems.push(
        new Problem(option, value, reason, `${type.allowed}, written in quotes`, `write it in quotes: ${quoted}`),
      );
    } else {
      this.problems.push(new Problem(option, value, reason, type.allowed, fix));
    }
    return undefined;
  }

  /** The fields of a map option with only `known` keys; records a problem for anything else. */
  public fields(option: string, value: unknown, known: readonly string[]): Record<string, unknown> | undefined {
    if (value === undefined) {
      return undefined;
    }
    if (!isMap(value)) {
      this.problems.push(
        new Problem(
          option,
          value,
          'is not a map',
          `a map with the keys ${known.join(', ')}`,
          `write ${option} as key: value pairs`,
        ),
      );
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).filter((k) => !known.includes(k))) {
      this.problems.push(
        new Problem(
          `${option}.${key}`,
          record[key],
          `is not a known key${didYouMean(key, known)}`,
          `one of ${known.join(', ')}`,
          'correct the key, or remove it',
        ),
      );
    }
    return record;
  }

  /** A map of free keys to values, e.g. labels or environment variables; the good entries are kept. */
  public map<T>(option: string, value: unknown, keyType: ValueType<string>, valueType: ValueType<T>, fix: string) {
    if (value === undefined) {
      return undefined;
    }
    if (!isMap(value)) {
      this.problems.push(new Problem(option, value, 'is not a map', 'key: value pairs', `write ${option} as key: value pairs`));
      return undefined;
    }
    const result: [string, T][] = [];
    for (const [key, item] of Object.entries(value)) {
      const keyReason = keyType.reason(key);
      if (keyReason !== undefined) {
        this.problems.push(new Problem(`${option}.${key}`, key, `key ${keyReason}`, keyType.allowed, fix));
        continue;
      }
      const checked = this.value(`${option}.${key}`, item, valueType, fix);
      if (checked !== undefined) {
        result.push([key, checked]);
      }
    }
    // Own properties only: keys such as __proto__ or constructor are plain keys here.
    return Object.fromEntries(result) as Record<string, T>;
  }

  /** The items of a list option, or `undefined` (recording a problem) when it is not a list. */
  public list(option: string, value: unknown, allowed: string): unknown[] | undefined {
    if (value === undefined) {
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.problems.push(new Problem(option, value, 'is not a list', allowed, `write ${option} as a list`));
      return undefined;
    }
    return value;
  }
}

/**
 * Problems with values no YAML file can hold but code can pass: `null`, a Map, Set or class instance where a plain
 * object is expected, and a value that contains itself. `path` names the option.
 */
export function unplainValues(path: string, value: unknown, within: readonly unknown[] = []): Problem[] {
  if (value === null) {
    return [new Problem(path, value, 'is null', 'a value, or the option left out', `remove ${path}, or set a value`)];
  }
  if (typeof value !== 'object') {
    return [];
  }
  if (within.includes(value)) {
    return [
      new Problem(
        path,
        value,
        'contains itself',
        'plain objects, lists and scalars without cycles',
        `pass a copy of ${path} without the reference back`,
      ),
    ];
  }
  // A plain object's prototype is Object.prototype of some realm (or none), whose own prototype is null.
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== null && Object.getPrototypeOf(prototype) !== null) {
    const kind = (value as object).constructor?.name || 'class instance';
    return [
      new Problem(
        path,
        value,
        `is a ${kind}, not a plain object`,
        'a plain object of key: value pairs',
        value instanceof Map ? `pass Object.fromEntries(${path})` : `write ${path} as an object literal`,
      ),
    ];
  }
  const inside = [...within, value];
  return Object.entries(value).flatMap(([key, item]) =>
    unplainValues(Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, item, inside),
  );
}
