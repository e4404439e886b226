import { didYouMean } from '../checking/did-you-mean';
import { Problem } from '../checking/problem';
import { readTextFile } from '../checking/read-text-file';
import type { NcpVersion } from '../releases/release-lines';
import { allowedAt, misplacedKey, type Spell, valueReason, withoutRepeats } from './check';
import { excerpt, readIniLines } from './ini-lines';
import { checkRules } from './rules';
import { NCP_OWN_SECTIONS, type NcpIniSettings, type OptionSpec, optionOf, SECTION_NAMES, type SectionName } from './schema';

/** How to read an existing ncp.ini. */
export interface NcpIniReadOptions {
  /**
   * The NCP release line the file is for: keys of other releases or sections are errors, and the rules
   * between keys are checked.
   *
   * @default - keys of any release are accepted, and the rules between keys are not checked
   */
  readonly version?: NcpVersion;
  /**
   * The file's name in messages.
   *
   * @default 'ncp.ini' (readNcpIniFile: the path)
   */
  readonly source?: string;
  /**
   * How messages name the settings' `extra`, where keys the model does not know go.
   *
   * @default 'extra'
   */
  readonly extraPath?: string;
}

/** An existing ncp.ini, read into typed settings. */
export interface NcpIniRead {
  /** The settings, by section and key. */
  readonly settings: NcpIniSettings;
  /** Sections of NCP's own file (`[ha]`, `[nsx_v3]`, `[vc]`) that the agent does not read; they are skipped. */
  readonly skippedSections: readonly string[];
  /** Everything that could not be read; the other lines are read all the same. */
  readonly problems: readonly Problem[];
}

/**
 * Reads ncp.ini text into typed settings. Comments, commented-out defaults and blank lines are skipped;
 * unknown keys are errors that name the nearest known key and the `extra` escape hatch.
 */
export function parseNcpIni(text: string, options: NcpIniReadOptions = {}): NcpIniRead {
  const source = options.source ?? 'ncp.ini';
  const { version } = options;
  const lines = readIniLines(text, source);
  const problems: Problem[] = [...lines.problems];
  const sections: Partial<Record<SectionName, Record<string, unknown>>> = {};
  const spell: Spell = (section, key) => `[${section}] ${key}`;
  const spellExtra: Spell = (section, key) => `${options.extraPath ?? 'extra'}.${section}.${key}`;

  const skippedSections = [...new Set(lines.sections.map((s) => s.name).filter((name) => NCP_OWN_SECTIONS.includes(name)))];
  for (const { name, line } of lines.sections) {
    if (!SECTION_NAMES.includes(name as SectionName) && !NCP_OWN_SECTIONS.includes(name)) {
      problems.push(
        new Problem(
          `${source} line ${line} [${name}]`,
          undefined,
          `is not a section the node agent reads${didYouMean(name, SECTION_NAMES)}`,
          `one of ${SECTION_NAMES.join(', ')} (NCP's ${NCP_OWN_SECTIONS.join(', ')} are skipped)`,
          'correct the section name, or remove the section',
        ),
      );
    }
  }

  for (const { section: name, key, value: raw, line } of lines.entries) {
    if (!SECTION_NAMES.includes(name as SectionName)) {
      continue;
    }
    const section = name as SectionName;
    const where = `${source} [${section}] ${key} (line ${line})`;
    const misplaced = misplacedKey(where, excerpt(raw), section, key, version, spell, spellExtra);
    if (misplaced !== undefined) {
      problems.push(misplaced);
      continue;
    }
    // Not misplaced means the key is an option of this section.
    const spec = optionOf(section, key) as OptionSpec<unknown>;
    const value = spec.type.parse(raw);
    const allowed = allowedAt(spec, version);
    const reason = value === undefined ? `is not ${spec.type.allowed}` : valueReason(spec, value, version);
    if (reason !== undefined) {
      problems.push(new Problem(where, excerpt(raw), reason, allowed, `write ${allowed}, or remove the line for NCP's default`));
    } else {
      sections[section] = { ...sections[section], [key]: value };
    }
  }

  const settings = sections as NcpIniSettings;
  const rules =
    version === undefined
      ? []
      : checkRules(settings, { version, nodeType: settings.coe?.node_type ?? 'HOSTVM' }, (s, k) => `${source} ${spell(s, k)}`);
  return { settings, skippedSections, problems: [...problems, ...withoutRepeats(rules, problems)] };
}

/** Reads an ncp.ini file into typed settings, as parseNcpIni does; a file that cannot be read is a problem. */
export function readNcpIniFile(path: string, options: NcpIniReadOptions = {}): NcpIniRead {
  const source = options.source ?? path;
  const read = readTextFile(path);
  if (!('text' in read)) {
    const problem = new Problem(source, path, read.issue, read.allowed, 'correct the path, or save the ncp.ini there as UTF-8');
    return { settings: {}, skippedSections: [], problems: [problem] };
  }
  return parseNcpIni(read.text, { ...options, source });
}
