import { nearest } from '../checking/did-you-mean';
import { Problem } from '../checking/problem';
import type { NcpVersion } from '../releases/ncp-version';
import { RELEASE_LINES } from '../releases/release-lines';
import { existsIn, type OptionSpec, rangeLabel } from './option-spec';
import { optionOf, optionsOf, SECTION_NAMES, type SectionName } from './schema';

/** How the user writes a key where the problem is, e.g. `ncpIni.k8s.ca_file` or `[k8s] ca_file`. */
export type Spell = (section: SectionName, key: string) => string;

/** How every user writes a key the model does not know: the values file's (and the construct's) escape hatch. */
export const spellExtra: Spell = (section, key) => `ncpIni.extra.${section}.${key}`;

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
  return Object.keys(optionsOf(section)).filter((key) => {
    const spec = specAt(section, key, version);
    return spec !== undefined && spec.ownedBy === undefined;
  });
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
