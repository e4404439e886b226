import { type IniSchema, iniSchema } from '../ini-schema';
import type { OptionSpec } from '../option-spec';
import { NSX_V3_OPTIONS } from './nsx-v3';
import { HA_OPTIONS, NCP_COE_OPTIONS, NCP_DEFAULT_OPTIONS, NCP_K8S_OPTIONS, VC_OPTIONS } from './sections';

export { HA_OPTIONS, NCP_COE_OPTIONS, NCP_DEFAULT_OPTIONS, NCP_K8S_OPTIONS, NSX_V3_OPTIONS, VC_OPTIONS };

/** Every section NCP reads from its own ncp.ini (`nsx-ncp-config`), in the order they are written. */
export const NCP_SECTIONS = {
  DEFAULT: NCP_DEFAULT_OPTIONS,
  coe: NCP_COE_OPTIONS,
  k8s: NCP_K8S_OPTIONS,
  ha: HA_OPTIONS,
  nsx_v3: NSX_V3_OPTIONS,
  vc: VC_OPTIONS,
} as const;

export type NcpSectionName = keyof typeof NCP_SECTIONS;

/** The node agent's sections, which only `extra` may carry into NCP's file (no vendor file does). */
const AGENT_OWN_SECTIONS = ['nsx_node_agent', 'nsx_kube_proxy'];

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const LINE_BREAKING = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/u;

/**
 * Why a rendered value of NCP's ncp.ini cannot be written so that oslo.config reads it back unchanged, or
 * `undefined` when it can. oslo.config has no inline comments (`#` and `;` inside a value are kept), splits the key
 * at the first `=` or `:` (so both are fine in the value), strips outer blanks, removes one pair of surrounding
 * matching quotes, reads an indented next line as a continuation, and reads `$` as interpolation (written `$$`).
 */
export function osloUnsafeReason(rendered: string): string | undefined {
  if (LINE_BREAKING.test(rendered)) {
    return 'contains a line break or control character, which would end the value in ncp.ini';
  }
  if (rendered.trim() !== rendered) {
    return 'starts or ends with white space, which oslo.config strips from the value';
  }
  if (rendered.length >= 2 && /^(["']).*\1$/su.test(rendered)) {
    return 'is wrapped in a pair of matching quotes, which oslo.config removes from the value';
  }
  return undefined;
}

/** NCP's own file. */
export const NCP_SCHEMA: IniSchema = iniSchema('NCP', NCP_SECTIONS, AGENT_OWN_SECTIONS, osloUnsafeReason);

/** The section names of NCP's file, in the order they are written. */
export const NCP_SECTION_NAMES = Object.keys(NCP_SECTIONS) as NcpSectionName[];

/** The option `key` of NCP's `section`, or `undefined`. */
export function ncpOptionOf(section: string, key: string): OptionSpec<unknown> | undefined {
  return NCP_SCHEMA.optionOf(section, key);
}
