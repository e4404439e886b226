import { deepMerge, isMap } from '../../checking/deep-merge';
import { type OptionPath, Problem } from '../../checking/problem';
import type { NcpIniSettings, SectionName } from '../../ncp-ini/schema';
import { NodeType } from '../../releases/vendor';
import type { AgentOptions } from './agent-options';

/** An ncp.ini key that a construct option writes, so it is not set through `ncpIni`. */
export interface KeyOfOption {
  readonly option: 'nodeType' | 'ovsBridge';
  readonly section: SectionName;
  readonly key: string;
}

/** The ncp.ini keys the construct's own options write: the bare-metal edits of the vendor's procedure. */
export const KEYS_OF_OPTIONS: readonly KeyOfOption[] = [
  { option: 'nodeType', section: 'coe', key: 'node_type' },
  { option: 'ovsBridge', section: 'nsx_node_agent', key: 'ovs_bridge' },
];

/** The construct option that writes `[section] key`, if one does. */
export function optionOfKey(section: string, key: string): KeyOfOption | undefined {
  return KEYS_OF_OPTIONS.find((k) => k.section === section && k.key === key);
}

/** A key of {@link KEYS_OF_OPTIONS} set in `ncpIni` (at `path`) or in its `extra`: each is a problem. */
export function keysOfOptionsProblems(ncpIni: unknown, path: string, at: OptionPath = (option) => option): Problem[] {
  if (!isMap(ncpIni)) {
    return [];
  }
  const extra = isMap(ncpIni.extra) ? ncpIni.extra : {};
  return KEYS_OF_OPTIONS.flatMap(({ option, section, key }) =>
    [
      [at(`${path}.${section}.${key}`), ncpIni[section]],
      [at(`${path}.extra.${section}.${key}`), extra[section]],
    ]
      .filter(([, values]) => isMap(values) && Object.hasOwn(values, key))
      .map(
        ([where, values]) =>
          new Problem(
            where as string,
            (values as Record<string, unknown>)[key],
            `is set by the construct option ${option}`,
            `${key} only through ${option}`,
            `remove ${where} and set ${option} instead`,
          ),
      ),
  );
}

/** What an existing ncp.ini (read by parseNcpIni from `source`) gives the construct's options. */
export interface OptionsOfNcpIni {
  /** The settings without the keys of {@link KEYS_OF_OPTIONS}. */
  readonly ncpIni: NcpIniSettings;
  /** From `[coe] node_type`, when the file sets it. */
  readonly nodeType?: NodeType;
  /** From `[nsx_node_agent] ovs_bridge`, when the file sets it. */
  readonly ovsBridge?: string;
  /** A node type the construct makes no agents for. */
  readonly problems: readonly Problem[];
}

/** The options `settings`, read from `source`, give: the keys of {@link KEYS_OF_OPTIONS} become their options. */
export function optionsOfNcpIni(settings: NcpIniSettings, source: string): OptionsOfNcpIni {
  const sections: Record<string, unknown> = { ...settings };
  const values: Record<string, unknown> = {};
  for (const { option, section, key } of KEYS_OF_OPTIONS) {
    const { [key]: value, ...rest } = (sections[section] ?? {}) as Record<string, unknown>;
    if (value === undefined) {
      continue;
    }
    values[option] = value;
    if (Object.keys(rest).length > 0) {
      sections[section] = rest;
    } else {
      delete sections[section];
    }
  }
  const nodeType = Object.values(NodeType).find((type) => type === values.nodeType);
  const problems =
    values.nodeType !== undefined && nodeType === undefined
      ? [
          new Problem(
            `${source} [coe] node_type`,
            values.nodeType,
            'is a node type the construct does not make agents for',
            `one of ${Object.values(NodeType).join(', ')}`,
            'use the vendor manifest for this node type',
          ),
        ]
      : [];
  return {
    ncpIni: sections as NcpIniSettings,
    ...(nodeType === undefined ? {} : { nodeType }),
    ...(typeof values.ovsBridge === 'string' ? { ovsBridge: values.ovsBridge } : {}),
    problems,
  };
}

/**
 * `props` with an existing ncp.ini read in underneath: every key `props` sets wins, section by section and key by
 * key (`ncpIni.extra` too); `nodeType` and `ovsBridge` come from the file unless `props` sets them (or `baremetal`,
 * which implies a node type).
 */
export function withNcpIniRead(
  props: AgentOptions,
  settings: NcpIniSettings,
  source: string,
): { readonly props: AgentOptions; readonly problems: readonly Problem[] } {
  const read = optionsOfNcpIni(settings, source);
  const nodeTypeSet = props.nodeType !== undefined || props.baremetal !== undefined;
  return {
    props: {
      ...(read.nodeType !== undefined && !nodeTypeSet ? { nodeType: read.nodeType } : {}),
      ...(read.ovsBridge !== undefined && props.ovsBridge === undefined ? { ovsBridge: read.ovsBridge } : {}),
      ...props,
      ncpIni: deepMerge(read.ncpIni, props.ncpIni) as NcpIniSettings,
    },
    problems: read.problems,
  };
}
