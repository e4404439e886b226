import { isMap } from './deep-merge';
import { didYouMean } from './did-you-mean';
import { Problem } from './problem';
import type { ValueType } from './value-types';

/** Checks option values one by one and collects every problem, so all of them are reported together. */
export class OptionChecker {
  constructor(public readonly problems: Problem[]) {}

  /** `value` when it is allowed; `undefined` when it is unset, or wrong (then a problem is recorded). */
  public value<T>(option: string, value: unknown, type: ValueType<T>, fix: string): T | undefined {
    if (value === undefined) {
      return undefined;
    }
    const reason = type.reason(value);
    if (reason !== undefined) {
      this.problems.push(new Problem(option, value, reason, type.allowed, fix));
      return undefined;
    }
    return value as T;
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
    const result: Record<string, T> = {};
    for (const [key, item] of Object.entries(value)) {
      const keyReason = keyType.reason(key);
      if (keyReason !== undefined) {
        this.problems.push(new Problem(`${option}.${key}`, key, `key ${keyReason}`, keyType.allowed, fix));
        continue;
      }
      const checked = this.value(`${option}.${key}`, item, valueType, fix);
      if (checked !== undefined) {
        result[key] = checked;
      }
    }
    return result;
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
