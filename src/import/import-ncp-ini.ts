import { optionsOfNcpIni } from '../agent/settings/ncp-ini-keys';
import { nearest } from '../checking/did-you-mean';
import { HIDDEN_VALUE, isCredentialName } from '../checking/problem';
import { readIniLines } from '../ncp-ini/ini-lines';
import { type NcpIniRead, parseNcpIni } from '../ncp-ini/parse';
import {
  type ExtraSettings,
  NCP_OWN_SECTIONS,
  type NcpIniSettings,
  optionOf,
  optionsOf,
  SECTION_NAMES,
  type SectionName,
} from '../ncp-ini/schema';
import type { NcpVersion } from '../releases/release-lines';
import type { NodeType } from '../releases/vendor';

/** The ncp.ini of a vendor ConfigMap, read for a values file. */
export interface ImportedNcpIni extends NcpIniRead {
  /** The settings with the keys the model does not know under `extra`, without those construct options write. */
  readonly settings: NcpIniSettings;
  /** From `[coe] node_type`, when the file sets it. */
  readonly nodeType?: NodeType;
  /** From `[nsx_node_agent] ovs_bridge`, when the file sets it. */
  readonly ovsBridge?: string;
  /** What is not carried over or is carried over untyped, one line each. */
  readonly warnings: readonly string[];
  /** Sections without settings that are left out. */
  readonly droppedEmptySections: readonly string[];
}

/**
 * Reads the ncp.ini text as parseNcpIni does, for release line `version`, but carries keys no release knows over
 * under `ncpIni.extra` (with a warning naming the nearest known key) and leaves out sections the agent does not
 * read (with a warning listing their settings), instead of refusing them. Everything else parseNcpIni refuses —
 * a bad value, a key of another release or section, indented or repeated lines — stays a problem.
 */
export function importNcpIni(text: string, version: NcpVersion, source: string): ImportedNcpIni {
  const { entries, sections } = readIniLines(text, source);
  const agentSection = (name: string): name is SectionName => SECTION_NAMES.includes(name as SectionName);
  const blanked = new Set<number>();
  const warnings: string[] = [];
  const droppedEmptySections: string[] = [];

  for (const { name, line } of sections.filter((s) => !agentSection(s.name))) {
    const settings = entries.filter((e) => e.section === name);
    for (const e of settings) {
      blanked.add(e.line);
    }
    blanked.add(line);
    const why = NCP_OWN_SECTIONS.includes(name)
      ? "is a section of NCP's own ncp.ini, which the node agent does not read"
      : `is not a section the node agent reads${nearestSection(name)}`;
    if (settings.length === 0) {
      droppedEmptySections.push(`[${name}]`);
    } else {
      const shown = (e: { key: string; value: string }) => `${e.key} = ${isCredentialName(e.key) ? HIDDEN_VALUE : e.value}`;
      warnings.push(`ncp.ini [${name}] ${why}; not carried over: ${settings.map(shown).join(', ')}`);
    }
  }

  const extra: Record<string, Record<string, string>> = {};
  for (const entry of entries.filter((e) => agentSection(e.section))) {
    if (SECTION_NAMES.some((section) => optionOf(section, entry.key) !== undefined)) {
      continue;
    }
    blanked.add(entry.line);
    if (isCredentialName(entry.key)) {
      warnings.push(
        `ncp.ini [${entry.section}] ${entry.key} looks like a credential ${HIDDEN_VALUE}; not carried over: the node agent ` +
          "does not read NCP's credentials; keep them in a Secret that NCP mounts",
      );
      continue;
    }
    extra[entry.section] = { ...extra[entry.section], [entry.key]: entry.value };
    const near = nearest(entry.key, Object.keys(optionsOf(entry.section as SectionName)));
    warnings.push(
      `ncp.ini [${entry.section}] ${entry.key} is not a key any NCP release in the model reads; carried over untyped as ` +
        `ncpIni.extra.${entry.section}.${entry.key}${near === undefined ? '' : ` (a misspelt ${near}?)`}`,
    );
  }

  // Blank lines keep the line numbers of every other problem right.
  const rest = text
    .split(/\r\n|\r|\n/)
    .map((line, i) => (blanked.has(i + 1) ? '' : line))
    .join('\n');
  const read = parseNcpIni(rest, { version, source, extraPath: 'ncpIni.extra' });
  const options = optionsOfNcpIni(read.settings, source);
  const settings: NcpIniSettings =
    Object.keys(extra).length > 0 ? { ...options.ncpIni, extra: extra as ExtraSettings } : options.ncpIni;
  return {
    ...read,
    settings,
    ...(options.nodeType === undefined ? {} : { nodeType: options.nodeType }),
    ...(options.ovsBridge === undefined ? {} : { ovsBridge: options.ovsBridge }),
    warnings,
    droppedEmptySections,
    problems: [...read.problems, ...options.problems],
  };
}

function nearestSection(name: string): string {
  const near = nearest(name, SECTION_NAMES);
  return near === undefined ? '' : ` (a misspelt [${near}]?)`;
}
