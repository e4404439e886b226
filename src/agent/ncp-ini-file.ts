import type { Problem } from '../checking/problem';
import { parseNcpIni, readNcpIniFile } from '../ncp-ini/parse';
import { type NcpIniSettings, optionOf, SECTION_NAMES, type SectionName } from '../ncp-ini/schema';
import type { NcpVersion } from '../releases/release-lines';
import type { NodeType } from '../releases/vendor';
import type { NcpIniProps } from './options/ncp-ini';
import { CODE_SECTIONS, camelKey } from './options/ncp-ini-names';
import { optionsOfNcpIni } from './settings/ncp-ini-keys';

/** How to read an existing ncp.ini. */
export interface NcpIniReadOptions {
  /**
   * The NCP release line the file is for: keys of other releases or sections are problems, and the rules between
   * keys are checked.
   *
   * @default - keys of any release are accepted, and the rules are left to the construct
   */
  readonly ncpVersion?: NcpVersion;
  /**
   * The file's name in messages.
   *
   * @default 'ncp.ini' (readFile: the path)
   */
  readonly source?: string;
}

/** An existing ncp.ini, read into the construct's options. */
export interface NcpIniRead {
  /** The settings, for the construct's `ncpIni` option. */
  readonly ncpIni: NcpIniProps;
  /**
   * `[coe] node_type`, for the construct's `nodeType` option.
   *
   * @default - the file does not set it
   */
  readonly nodeType?: NodeType;
  /**
   * `[nsx_node_agent] ovs_bridge`, for the construct's `ovsBridge` option.
   *
   * @default - the file does not set it
   */
  readonly ovsBridge?: string;
  /** Sections of NCP's own file (`[ha]`, `[nsx_v3]`, `[vc]`) that the agent does not read; they are skipped. */
  readonly skippedSections: string[];
  /** Everything that could not be read; the other lines are read all the same. */
  readonly problems: Problem[];
}

/**
 * Reads an existing ncp.ini into the construct's options: comments, commented-out defaults and blank lines are
 * skipped; an unknown key is a problem naming the nearest known key and the `extra` escape hatch.
 */
export class NcpIni {
  /** Reads ncp.ini text. */
  public static parse(text: string, options: NcpIniReadOptions = {}): NcpIniRead {
    return NcpIni.toProps(parseNcpIni(text, NcpIni.modelOptions(options)), options.source ?? 'ncp.ini');
  }

  /** Reads an ncp.ini file; a file that cannot be read (missing, too large, not UTF-8 text) is a problem. */
  public static readFile(path: string, options: NcpIniReadOptions = {}): NcpIniRead {
    return NcpIni.toProps(readNcpIniFile(path, NcpIni.modelOptions(options)), options.source ?? path);
  }

  private static modelOptions(options: NcpIniReadOptions) {
    return { version: options.ncpVersion, source: options.source, extraPath: 'ncpIni.extra' };
  }

  private static toProps(
    read: { settings: NcpIniSettings; skippedSections: readonly string[]; problems: readonly Problem[] },
    source: string,
  ): NcpIniRead {
    const options = optionsOfNcpIni(read.settings, source);
    return {
      ncpIni: codeSettings(options.ncpIni),
      ...(options.nodeType === undefined ? {} : { nodeType: options.nodeType }),
      ...(options.ovsBridge === undefined ? {} : { ovsBridge: options.ovsBridge }),
      skippedSections: [...read.skippedSections],
      problems: [...read.problems, ...options.problems],
    };
  }

  private constructor() {}
}

/** Settings with ncp.ini's names as code names them: camelCase keys, closed sets by their enum values. */
export function codeSettings(settings: NcpIniSettings): NcpIniProps {
  const sections = Object.entries(settings).map(([section, values]) => {
    if (section === 'extra' || !SECTION_NAMES.includes(section as SectionName)) {
      return [section, values];
    }
    const keys = Object.entries(values as Record<string, unknown>).map(([key, value]) => {
      const spec = optionOf(section as SectionName, key);
      return [camelKey(key), spec?.type.shape.kind === 'choice' ? spec.type.render(value) : value];
    });
    return [CODE_SECTIONS[section as SectionName], Object.fromEntries(keys)];
  });
  return Object.fromEntries(sections) as NcpIniProps;
}
