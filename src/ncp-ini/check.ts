import { isMap } from '../checking/deep-merge';
import { didYouMean, nearest } from '../checking/did-you-mean';
import { isCredentialName, type OptionPath, Problem } from '../checking/problem';
import type { NcpVersion } from '../releases/release-lines';
import { RELEASE_LINES } from '../releases/release-lines';
import { AGENT_SCHEMA, agentUnsafeReason, type IniSchema } from './ini-schema';
import { choicesIn, existsIn, type OptionSpec, rangeLabel } from './option-spec';
import { checkRules, type NcpIniContext } from './rules';
import type { ExtraValue, NcpIniSettings } from './schema';

/*
 * The one checking pass over ncp.ini settings: each section and key (is it one, does this release read it there,
 * is its value allowed and safe to write), the escape hatch `extra`, then the rules between keys.
 */

/** Why a rendered ncp.ini value of the node agent's file cannot be written safely, or `undefined` when it can. */
export function unsafeReason(rendered: string): string | undefined {
  return agentUnsafeReason(rendered);
}

/** What an ncp.ini key may look like: NCP's keys are lower-case words joined by "_". */
export const KEY_ALLOWED = 'a key of lower-case letters, digits and "_", starting with a letter';

/** Why `key` cannot be written as an ncp.ini key, or `undefined` when it can. */
export function unsafeKeyReason(key: string): string | undefined {
  return /^[a-z][a-z0-9_]*$/.test(key) ? undefined : 'is not an ncp.ini key name';
}

/** How the user writes a key where the problem is, e.g. `ncpIni.k8s.ca_file` or `[k8s] ca_file`. */
export type Spell = (section: string, key: string) => string;

/**
 * The spec of `key` in `section` when the agent of release line `version` reads it there; without a version,
 * when some release does.
 */
export function specAt(
  section: string,
  key: string,
  version?: NcpVersion,
  schema: IniSchema = AGENT_SCHEMA,
): OptionSpec<unknown> | undefined {
  const spec = schema.optionOf(section, key);
  return spec !== undefined && (version === undefined || existsIn(spec, version)) ? spec : undefined;
}

/** Keys the user may set in `section` for `version` (without one, for any release). */
export function keysAt(section: string, version?: NcpVersion, schema: IniSchema = AGENT_SCHEMA): string[] {
  return Object.keys(schema.optionsOf(section)).filter((key) => specAt(section, key, version, schema) !== undefined);
}

/**
 * Why `key` does not belong in `section` for `version` (without a version: for any release) — it exists only
 * in other releases, or in another section, or not at all — as a Problem saying where it belongs;
 * `undefined` when it belongs there.
 */
export function misplacedKey(
  option: string,
  value: unknown,
  section: string,
  key: string,
  version: NcpVersion | undefined,
  spell: Spell,
  spellExtra: Spell,
  schema: IniSchema = AGENT_SCHEMA,
): Problem | undefined {
  if (specAt(section, key, version, schema) !== undefined) {
    return undefined;
  }
  const line = version === undefined ? 'NCP' : RELEASE_LINES[version].label;
  const here = schema.optionOf(section, key);
  const elsewhere = schema.names.find((other) => other !== section && specAt(other, key, version, schema) !== undefined);
  if (elsewhere !== undefined) {
    const issue = here
      ? `is read from [${section}] only in NCP ${rangeLabel(here)}; ${line} reads it from [${elsewhere}]`
      : `is not a key of [${section}]; ${line} reads it from [${elsewhere}]`;
    const target = spell(elsewhere, key);
    return new Problem(option, value, issue, `${target} for ${line}`, `move it to ${target}`);
  }
  if (here !== undefined) {
    const renamed = here.replacedBy && specAt(section, here.replacedBy, version, schema) ? here.replacedBy : undefined;
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
  const otherRelease = schema.names.find((other) => schema.optionOf(other, key) !== undefined);
  if (otherRelease !== undefined) {
    const spec = schema.optionOf(otherRelease, key) as OptionSpec<unknown>;
    return new Problem(
      option,
      value,
      `is not a key of [${section}]; it is a key of [${otherRelease}] in NCP ${rangeLabel(spec)} only`,
      `${spell(otherRelease, key)} for NCP ${rangeLabel(spec)}`,
      `remove it: ${line} does not read it`,
    );
  }
  const known = keysAt(section, version, schema);
  return new Problem(
    option,
    value,
    `is not a known key of [${section}]${suggestion(section, key, version, spell, schema)}`,
    known.length ? `one of ${known.join(', ')}` : 'no keys',
    `correct the key's name; for a key of a newer NCP that this model does not know yet, set ${spellExtra(section, key)}`,
  );
}

/** `; did you mean …?` naming the nearest key of `section`, else the nearest key of another section. */
function suggestion(section: string, key: string, version: NcpVersion | undefined, spell: Spell, schema: IniSchema): string {
  const here = nearest(key, keysAt(section, version, schema));
  if (here !== undefined) {
    return `; did you mean "${here}"?`;
  }
  const there = nearest(
    key,
    schema.names.flatMap((other) => keysAt(other, version, schema)),
  );
  const other = schema.names.find((name) => there !== undefined && keysAt(name, version, schema).includes(there));
  return there !== undefined && other !== undefined ? `; did you mean ${spell(other, there)}?` : '';
}

/** Why `value` is not allowed for the option `spec` in release line `version`, or `undefined` when it is. */
export function valueReason(
  spec: OptionSpec<unknown>,
  value: unknown,
  version: NcpVersion | undefined,
  schema: IniSchema = AGENT_SCHEMA,
): string | undefined {
  const reason = spec.type.reason(value);
  if (reason !== undefined) {
    return reason;
  }
  const choices = version === undefined ? undefined : choicesIn(spec, version);
  if (choices !== undefined && version !== undefined && !choices.includes(value)) {
    return `is a choice only from NCP ${spec.choicesSince?.[String(value)]}, not in ${RELEASE_LINES[version].label}`;
  }
  return schema.unsafeReason(spec.type.render(value));
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
export function extraValueReason(value: unknown, schema: IniSchema = AGENT_SCHEMA): string | undefined {
  if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string' && typeof value !== 'boolean') {
    return 'is not a string, a number, or true or false';
  }
  return value === '' ? 'is empty' : schema.unsafeReason(renderExtra(value as ExtraValue));
}

/**
 * Every problem with `settings` (named `path` in messages) for release line `version`: unknown sections
 * and keys, keys of other releases or sections, wrong values, unsafe text, misuse of `extra`.
 */
function checkKeys(settings: unknown, path: string, version: NcpVersion, at: OptionPath, schema: IniSchema): Problem[] {
  if (settings === undefined) {
    return [];
  }
  if (!isMap(settings)) {
    return [
      new Problem(
        path,
        settings,
        'is not a map of sections',
        `a map with the sections ${schema.names.join(', ')} (and extra)`,
        `write ${path} as sections of key: value pairs`,
      ),
    ];
  }
  const spell: Spell = (section, key) => at(`${path}.${section}.${key}`);
  const spellExtra: Spell = (section, key) => at(`${path}.extra.${section}.${key}`);
  return Object.entries(settings).flatMap(([section, values]) => {
    const where = at(`${path}.${section}`);
    if (section === 'extra') {
      return checkExtra(values, where, spell, schema);
    }
    const problem = sectionProblem(section, values, where, [...schema.names, 'extra'], schema);
    if (problem !== undefined) {
      return [problem];
    }
    return Object.entries(values as Record<string, unknown>).flatMap(([key, value]) =>
      checkKey(section, key, value, spell(section, key), version, spell, spellExtra, schema),
    );
  });
}

/** What is wrong with a section of the settings or of `extra` as a whole: an unknown name or not a map. */
function sectionProblem(
  section: string,
  values: unknown,
  where: string,
  known: readonly string[],
  schema: IniSchema,
): Problem | undefined {
  if (!known.includes(section)) {
    return new Problem(
      where,
      values,
      `is not an ncp.ini section ${schema.reader} reads${didYouMean(section, known)}`,
      `one of ${known.join(', ')}`,
      'move these keys into one of those sections, or remove them',
    );
  }
  return isMap(values)
    ? undefined
    : new Problem(where, values, 'is not a map of keys', 'key: value pairs', `write ${where} as key: value pairs`);
}

function checkKey(
  section: string,
  key: string,
  value: unknown,
  where: string,
  version: NcpVersion,
  spell: Spell,
  spellExtra: Spell,
  schema: IniSchema,
): Problem[] {
  const spec = schema.optionOf(section, key);
  if (value === undefined) {
    return [];
  }
  const misplaced = misplacedKey(where, value, section, key, version, spell, spellExtra, schema);
  if (misplaced !== undefined) {
    return [misplaced];
  }
  // Not misplaced means the key is an option of this section.
  const known = spec as OptionSpec<unknown>;
  const reason = valueReason(known, value, version, schema);
  const allowed = allowedAt(known, version);
  return reason === undefined
    ? []
    : [new Problem(where, value, reason, allowed, `set ${where} to ${allowed}, or remove it to use NCP's default`)];
}

/** `extra`: keys the model does not know, with safe names and values, never a typed key. */
function checkExtra(extra: unknown, path: string, spell: Spell, schema: IniSchema): Problem[] {
  if (!isMap(extra)) {
    return [
      new Problem(
        path,
        extra,
        'is not a map of sections',
        `a map with the sections ${schema.names.join(', ')}`,
        `write ${path} as sections of key: value pairs`,
      ),
    ];
  }
  return Object.entries(extra).flatMap(([section, values]) => {
    const where = `${path}.${section}`;
    const problem = sectionProblem(section, values, where, [...schema.names, ...schema.extraSections], schema);
    if (problem !== undefined) {
      return [problem];
    }
    return Object.entries(values as Record<string, unknown>).flatMap(([key, value]) =>
      extraKeyProblems(section, key, value, `${where}.${key}`, spell, schema),
    );
  });
}

function extraKeyProblems(
  section: string,
  key: string,
  value: unknown,
  where: string,
  spell: Spell,
  schema: IniSchema,
): Problem[] {
  const spec = schema.names.includes(section) ? schema.optionOf(section, key) : undefined;
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
  const reason = extraValueReason(value, schema);
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
  const keyProblems = checkIniKeys(settings, context.version, path, at);
  const ruleProblems = checkRules(isMap(settings) ? (settings as NcpIniSettings) : {}, context, spell);
  return [...keyProblems, ...withoutRepeats(ruleProblems, keyProblems)];
}

/**
 * The problems of each section and key of `settings` (named `path`) against `schema` for release line
 * `version`, without the rules between keys, which belong to the file's reader.
 */
export function checkIniKeys(
  settings: unknown,
  version: NcpVersion,
  path: string,
  at: OptionPath = (option) => option,
  schema: IniSchema = AGENT_SCHEMA,
): Problem[] {
  return checkKeys(settings, path, version, at, schema);
}

/** `problems` except those about an option that `reported` already covers. */
export function withoutRepeats(problems: readonly Problem[], reported: readonly Problem[]): Problem[] {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer} `);
  return problems.filter((p) => !reported.some((q) => within(p.option, q.option) || within(q.option, p.option)));
}
