import type { ValueType } from '../checking/value-types';
import { compareReleases, LINES, type NcpVersion, OLDEST_RELEASE, RELEASE_LINES } from '../releases/release-lines';

/** NCP releases in which something exists, as inclusive bounds: `2.5` covers every 2.5.x, `2.5.0` only that release. */
export interface VersionRange {
  /** First NCP release with it. @default '2.3' (the oldest release the model covers) */
  readonly since?: string;
  /** Last NCP release with it. @default - still there in the newest release */
  readonly until?: string;
}

/** One ncp.ini option: its value type, what it does, and the NCP releases that read it. */
export interface OptionSpec<T> extends VersionRange {
  readonly type: ValueType<T>;
  /** What the option does and what happens when it is unset. */
  readonly doc: string;
  /** NCP's default, as the file would spell it; for the docs only, since unset options are not written. */
  readonly default?: string;
  /** Written when the user sets nothing, because the vendor's file sets it too. */
  readonly preset?: T;
  /** Last NCP release whose vendor file sets the preset. @default - every release that has the option */
  readonly presetUntil?: string;
  /** Choices that exist only from a release on, e.g. node_type CLOUD from 2.5. */
  readonly choicesSince?: Readonly<Record<string, string>>;
  /** The key that took this one's place in later releases. */
  readonly replacedBy?: string;
  /** A secret: never written from settings (it comes from a Kubernetes Secret). */
  readonly secret?: boolean;
}

/** What an option is besides its type and doc. */
type Details<T> = Omit<OptionSpec<T>, 'type' | 'doc'>;

/** An option of ncp.ini. */
export function option<T>(type: ValueType<T>, doc: string, details: Details<T> = {}): OptionSpec<T> {
  return { type, doc, ...details };
}

/**
 * True when something with `range` exists in some release of the line `version` (its releases run from its start
 * up to the start of the line after it in `NcpVersion`), so that an option added in a patch or minor release
 * inside the line is accepted.
 */
export function existsIn(range: VersionRange, version: NcpVersion): boolean {
  const next = LINES[LINES.indexOf(version) + 1];
  const started =
    range.since === undefined || next === undefined || compareReleases(range.since, RELEASE_LINES[next].firstRelease) < 0;
  // `until` is compared as far as it is written, so `2.5` includes 2.5.1 and every later 2.5 release.
  const start = RELEASE_LINES[version].firstRelease.split('.');
  const ended =
    range.until !== undefined && compareReleases(range.until, start.slice(0, range.until.split('.').length).join('.')) < 0;
  return started && !ended;
}

/** The releases of a range, e.g. `2.5–3.1`, `3.1+`, `2.5`. */
export function rangeLabel(range: VersionRange): string {
  const since = range.since ?? OLDEST_RELEASE;
  if (range.until === undefined) {
    return `${since}+`;
  }
  return range.until === since ? since : `${since}–${range.until}`;
}

/** The choices of a closed-set option that exist in `version`; `undefined` for other options. */
export function choicesIn<T>(spec: OptionSpec<T>, version: NcpVersion): readonly unknown[] | undefined {
  const shape = spec.type.shape;
  if (shape.kind !== 'choice') {
    return undefined;
  }
  return shape.choices.filter((choice) => {
    const since = spec.choicesSince?.[String(choice)];
    return since === undefined || existsIn({ since }, version);
  });
}
