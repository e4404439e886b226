import { isMap } from '../checking/deep-merge';
import { didYouMean, nearest } from '../checking/did-you-mean';
import { isCredentialName, type OptionPath, Problem } from '../checking/problem';
import type { NcpVersion } from '../releases/release-lines';
import { RELEASE_LINES } from '../releases/release-lines';
import { choicesIn, existsIn, type OptionSpec, rangeLabel } from './option-spec';
import { checkRules, type NcpIniContext } from './rules';
import {
  type ExtraValue,
  NCP_OWN_SECTIONS,
  type NcpIniSettings,
  optionOf,
  optionsOf,
  SECTION_NAMES,
  type SectionName,
} from './schema';

/*
 * The one checking pass over ncp.ini settings: each section and key (is it one, does this release read it there,
 * is its value allowed and safe to write), the escape hatch `extra`, then the rules between keys.
 */

/**
 * Characters that would change the file's structure, that the `ini` package escapes or quotes, or that NCP's
 * Python config reader (oslo.config) reads differently: control characters and line separators (a new line),
 * `;` and `#` (comments for `ini`), `[` and `]` (sections), quotes (stripped by oslo.config), backslash
 * (an escape for `ini`) and `=` (quoted by `ini`).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029;#[\]"'\\=]/u;

/** Why a rendered ncp.ini value cannot be written safely, or `undefined` when it can. */
export function unsafeReason(rendered: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(rendered)) {
    return 'contains a character that would break ncp.ini (line break, control character, ;, #, [, ], quote, \\ or =)';
  }
  if (rendered.trim() !== rendered) {
    return 'starts or ends with white space, which ncp.ini would drop or read as a continuation line';
  }
  return undefined;
}

/** What an ncp.ini key may look like: NCP's keys are lower-case words joined by "_". */
export const KEY_ALLOWED = 'a key of lower-case letters, digits and "_", starting with a letter';

/** Why `key` cannot be written as an ncp.ini key, or `undefined` when it can. */
export function unsafeKeyReason(key: string): string | undefined {
  return /^[a-z][a-z0-9_]*$/.test(key) ? undefined : 'is not an ncp.ini key name';
}

/** How the user writes a key where the problem is, e.g. `ncpIni.k8s.ca_file` or `[k8s] ca_file`. */
export type Spell = (section: SectionName, key: string) => string;

/**
 * The spec of `key` in `section` when the agent of release line `version` reads it there; without a version,
 * when some release does.
 */
export function specAt(section: SectionName, key: string, version?: NcpVersion): OptionSpec<unknown> | undefined {
  const spec = optionOf(section, key);
  return spec !== undefined && (version === undefined || existsIn(spec, version)) ? spec : undefined;
}

/** Keys the user may set in `section` for `version` (without one, for any release). */
export function keysAt(section: SectionName, version?: NcpVersion): string[] {
  return Object.keys(optionsOf(section)).filter((key) => specAt(section, key, version) !== undefined);
}

/**
 * Why `key` does not belong in `section` for `version` (without a version: for any release) — it exists only
 * in other releases, or in another section, or not at all — as a Problem saying where it belongs;
 * `undefined` when it belongs there.
 */
export function misplacedKey(
  option: string,
  value: unknown,
  section: SectionName,
  key: string,
  version: NcpVersion | undefined,
  spell: Spell,
  spellExtra: Spell,
): Problem | undefined {
  if (specAt(section, key, version) !== undefined) {
    return undefined;
  }
  const line = version === undefined ? 'NCP' : RELEASE_LINES[version].label;
  const here = optionOf(section, key);
  const elsewhere = SECTION_NAMES.find((other) => other !== section && specAt(other, key, version) !== undefined);
  if (elsewhere !== undefined) {
    const issue = here
      ? `is read from [${section}] only in NCP ${rangeLabel(here)}; ${line} reads it from [${elsewhere}]`
      : `is not a key of [${section}]; ${line} reads it from [${elsewhere}]`;
    const target = spell(elsewhere, key);
    return new Problem(option, value, issue, `${target} for ${line}`, `move it to ${target}`);
  }
  if (here !== undefined) {
    const renamed = here.replacedBy && specAt(section, here.replacedBy, version) ? here.replacedBy : undefined;
    return renamed !== undefined
      ? new Problem(
          option,
          value,
          `exists only in NCP ${rangeLabel(here)}; ${line} calls it ${renamed}`,
          `${spell(section, renamed)} for ${line}`,
          `rename it to ${spell(section, renamed)}`,
        )
      : new Problem(
          option,
          value,
          `exists only in NCP ${rangeLabel(here)}, not in ${line}`,
          `${key} only for NCP ${rangeLabel(here)}`,
          `remove it: ${line} does not read it`,
        );
  }
  const otherRelease = SECTION_NAMES.find((other) => optionOf(other, key) !== undefined);
  if (otherRelease !== undefined) {
    const spec = optionOf(otherRelease, key) as OptionSpec<unknown>;
    return new Problem(
      option,
      value,
      `is not a key of [${section}]; it is a key of [${otherRelease}] in NCP ${rangeLabel(spec)} only`,
      `${spell(otherRelease, key)} for NCP ${rangeLabel(spec)}`,
      `remove it: ${line} does not read it`,
    );
  }
  const known = keysAt(section, version);
  return new Problem(
    option,
    value,
    `is not a known key of [${section}]${suggestion(section, key, version, spell)}`,
    known.length ? `one of ${known.join(', ')}` : 'no keys',
    `correct the key's name; for a key of a newer NCP that this model does not know yet, set ${spellExtra(section, key)}`,
  );
}

/** `; did you mean …?` naming the nearest key of `section`, else the nearest key of another section. */
function suggestion(section: SectionName, key: string, version: NcpVersion | undefined, spell: Spell): string {
  const here = nearest(key, keysAt(section, version));
  if (here !== undefined) {
    return `; did you mean "${here}"?`;
  }
  const there = nearest(
    key,
    SECTION_NAMES.flatMap((other) => keysAt(other, version)),
  );
  const other = SECTION_NAMES.find((name) => there !== undefined && keysAt(name, version).includes(there));
  return there !== undefined && other !== undefined ? `; did you mean ${spell(other, there)}?` : '';
}

/** Why `value` is not allowed for the option `spec` in release line `version`, or `undefined` when it is. */
export function valueReason(spec: OptionSpec<unknown>, value: unknown, version: NcpVersion | undefined): string | undefined {
  const reason = spec.type.reason(value);
  if (reason !== undefined) {
    return reason;
  }
  const choices = version === undefined ? undefined : choicesIn(spec, version);
  if (choices !== undefined && version !== undefined && !choices.includes(value)) {
    return `is a choice only from NCP ${spec.choicesSince?.[String(value)]}, not in ${RELEASE_LINES[version].label}`;
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
 * Every problem with `settings` (named `path` in messages) for release line `version`: unknown sections
 * and keys, keys of other releases or sections, wrong values, unsafe text, misuse of `extra`.
 */
function checkKeys(settings: unknown, path: string, version: NcpVersion, at: OptionPath): Problem[] {
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
  const spell: Spell = (section, key) => at(`${path}.${section}.${key}`);
  const spellExtra: Spell = (section, key) => at(`${path}.extra.${section}.${key}`);
  return Object.entries(settings).flatMap(([section, values]) => {
    const where = at(`${path}.${section}`);
    if (section === 'extra') {
      return checkExtra(values, where, spell);
    }
    const problem = sectionProblem(section, values, where, [...SECTION_NAMES, 'extra']);
    if (problem !== undefined) {
      return [problem];
    }
    return Object.entries(values as Record<string, unknown>).flatMap(([key, value]) =>
      checkKey(section as SectionName, key, value, spell(section as SectionName, key), version, spell, spellExtra),
    );
  });
}

/** What is wrong with a section of the settings or of `extra` as a whole: an unknown name or not a map. */
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
  spellExtra: Spell,
): Problem[] {
  const spec = optionOf(section, key);
  if (value === undefined) {
    return [];
  }
  const misplaced = misplacedKey(where, value, section, key, version, spell, spellExtra);
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

/** `extra`: keys the model does not know, with safe names and values, never a typed key. */
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
  if (isCredentialName(key)) {
    return [
      new Problem(
        where,
        value,
        'looks like a credential, which would be written in plain text into the ConfigMap',
        'keys that are not passwords, secrets, tokens, credentials, auth data, private or API keys',
        "remove it: the node agent does not read NCP's credentials; keep them in a Secret that NCP mounts",
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

/**
 * Every problem with the settings named `path`: each key and value, then the rules between them. A rule
 * about a key already reported (or inside a section already reported) would only repeat it, so it is left out.
 */
export function checkNcpIni(
  settings: unknown,
  context: NcpIniContext,
  path: string,
  at: OptionPath = (option) => option,
): Problem[] {
  const spell: Spell = (section, key) => at(`${path}.${section}.${key}`);
  const keyProblems = checkKeys(settings, path, context.version, at);
  const ruleProblems = checkRules(isMap(settings) ? (settings as NcpIniSettings) : {}, context, spell);
  return [...keyProblems, ...withoutRepeats(ruleProblems, keyProblems)];
}

/** `problems` except those about an option that `reported` already covers. */
export function withoutRepeats(problems: readonly Problem[], reported: readonly Problem[]): Problem[] {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer} `);
  return problems.filter((p) => !reported.some((q) => within(p.option, q.option) || within(q.option, p.option)));
}
