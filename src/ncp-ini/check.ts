import { isMap } from '../checking/deep-merge';
import { didYouMean } from '../checking/did-you-mean';
import { Problem } from '../checking/problem';
import type { NcpVersion } from '../releases/ncp-version';
import { NCP_OWN_SECTIONS } from './ncp-own-sections';
import { choicesIn, lineLabel, type OptionSpec } from './option-spec';
import { misplacedKey, type Spell } from './placement';
import { KEY_ALLOWED, unsafeKeyReason, unsafeReason } from './safety';
import { type ExtraValue, optionOf, SECTION_NAMES, type SectionName } from './schema';

/** Why `value` is not allowed for the option `spec` in release line `version`, or `undefined` when it is. */
export function valueReason(spec: OptionSpec<unknown>, value: unknown, version: NcpVersion | undefined): string | undefined {
  const reason = spec.type.reason(value);
  if (reason !== undefined) {
    return reason;
  }
  const choices = version === undefined ? undefined : choicesIn(spec, version);
  if (choices !== undefined && version !== undefined && !choices.includes(value)) {
    return `is a choice only from NCP ${spec.choicesSince?.[String(value)]}, not in ${lineLabel(version)}`;
  }
  return unsafeReason(spec.type.render(value));
}

/** What the option `spec` accepts in release line `version`. */
export function allowedAt(spec: OptionSpec<unknown>, version: NcpVersion | undefined): string {
  const choices = version === undefined ? undefined : choicesIn(spec, version);
  return choices === undefined ? spec.type.allowed : `one of ${choices.map((choice) => spec.type.render(choice)).join(', ')}`;
}

/** An escape-hatch value as written in ncp.ini: true and false the way Python spells them. */
export function renderExtra(value: ExtraValue): string {
  return typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
}

/** What an escape-hatch value may be. */
export const EXTRA_ALLOWED = 'a string, number, or true or false that is safe in ncp.ini';

/** Why an escape-hatch value cannot be written, or `undefined` when it can. */
export function extraValueReason(value: unknown): string | undefined {
  if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string' && typeof value !== 'boolean') {
    return 'is not a string, a number, or true or false';
  }
  return value === '' ? 'is empty' : unsafeReason(renderExtra(value as ExtraValue));
}

/**
 * Every problem with `settings` (the `ncpIni` option, at `path`) for release line `version`: unknown sections
 * and keys, keys of other releases or sections, wrong values, unsafe text, misuse of `extra`.
 */
export function checkNcpIni(settings: unknown, path: string, version: NcpVersion): Problem[] {
  if (settings === undefined) {
    return [];
  }
  if (!isMap(settings)) {
    return [
      new Problem(
        path,
        settings,
        'is not a map of sections',
        `a map with the sections ${SECTION_NAMES.join(', ')} (and extra)`,
        `write ${path} as sections of key: value pairs`,
      ),
    ];
  }
  const spell: Spell = (section, key) => `${path}.${section}.${key}`;
  return Object.entries(settings).flatMap(([section, values]) => {
    const where = `${path}.${section}`;
    if (section === 'extra') {
      return checkExtra(values, where, spell);
    }
    const problem = sectionProblem(section, values, where, [...SECTION_NAMES, 'extra']);
    if (problem !== undefined) {
      return [problem];
    }
    return Object.entries(values as Record<string, unknown>).flatMap(([key, value]) =>
      checkKey(section as SectionName, key, value, `${where}.${key}`, version, spell),
    );
  });
}

/** What is wrong with a section of `ncpIni` or `ncpIni.extra` as a whole: an unknown name or not a map. */
function sectionProblem(section: string, values: unknown, where: string, known: readonly string[]): Problem | undefined {
  if (!known.includes(section)) {
    return new Problem(
      where,
      values,
      `is not an ncp.ini section the node agent reads${didYouMean(section, known)}`,
      `one of ${known.join(', ')}`,
      'move these keys into one of those sections, or remove them',
    );
  }
  return isMap(values)
    ? undefined
    : new Problem(where, values, 'is not a map of keys', 'key: value pairs', `write ${where} as key: value pairs`);
}

function checkKey(
  section: SectionName,
  key: string,
  value: unknown,
  where: string,
  version: NcpVersion,
  spell: Spell,
): Problem[] {
  const spec = optionOf(section, key);
  if (spec?.ownedBy !== undefined) {
    return [ownedProblem(where, value, key, spec.ownedBy)];
  }
  if (value === undefined) {
    return [];
  }
  const misplaced = misplacedKey(where, value, section, key, version, spell);
  if (misplaced !== undefined) {
    return [misplaced];
  }
  // Not misplaced means the key is an option of this section.
  const known = spec as OptionSpec<unknown>;
  const reason = valueReason(known, value, version);
  const allowed = allowedAt(known, version);
  return reason === undefined
    ? []
    : [new Problem(where, value, reason, allowed, `set ${where} to ${allowed}, or remove it to use NCP's default`)];
}

function ownedProblem(where: string, value: unknown, key: string, ownedBy: string): Problem {
  return new Problem(
    where,
    value,
    `is set by the construct option ${ownedBy}`,
    `${key} only through ${ownedBy}`,
    `remove ${where} and set ${ownedBy} instead`,
  );
}

/** `ncpIni.extra`: keys the model does not know, with safe names and values, never a typed key. */
function checkExtra(extra: unknown, path: string, spell: Spell): Problem[] {
  if (!isMap(extra)) {
    return [
      new Problem(
        path,
        extra,
        'is not a map of sections',
        `a map with the sections ${SECTION_NAMES.join(', ')}`,
        `write ${path} as sections of key: value pairs`,
      ),
    ];
  }
  return Object.entries(extra).flatMap(([section, values]) => {
    const where = `${path}.${section}`;
    const problem = sectionProblem(section, values, where, [...SECTION_NAMES, ...NCP_OWN_SECTIONS]);
    if (problem !== undefined) {
      return [problem];
    }
    return Object.entries(values as Record<string, unknown>).flatMap(([key, value]) =>
      extraKeyProblems(section as SectionName, key, value, `${where}.${key}`, spell),
    );
  });
}

function extraKeyProblems(section: SectionName, key: string, value: unknown, where: string, spell: Spell): Problem[] {
  const spec = SECTION_NAMES.includes(section) ? optionOf(section, key) : undefined;
  if (spec?.ownedBy !== undefined) {
    return [ownedProblem(where, value, key, spec.ownedBy)];
  }
  if (spec !== undefined) {
    const typed = spell(section, key);
    return [
      new Problem(
        where,
        value,
        `is a typed key of [${section}], not one the model lacks`,
        `${typed}, which is checked`,
        `move it to ${typed}`,
      ),
    ];
  }
  const keyReason = unsafeKeyReason(key);
  const reason = extraValueReason(value);
  return [
    ...(keyReason === undefined ? [] : [new Problem(where, value, keyReason, KEY_ALLOWED, 'write the key as NCP names it')]),
    ...(reason === undefined
      ? []
      : [new Problem(where, value, reason, EXTRA_ALLOWED, `set ${where} to the value NCP expects, or remove it`)]),
  ];
}
