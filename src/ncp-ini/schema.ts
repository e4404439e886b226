import type { OptionSpec } from './option-spec';
import { COE_OPTIONS } from './sections/coe';
import { DEFAULT_OPTIONS } from './sections/default';
import { K8S_OPTIONS } from './sections/k8s';
import { NSX_KUBE_PROXY_OPTIONS } from './sections/nsx-kube-proxy';
import { NSX_NODE_AGENT_OPTIONS } from './sections/nsx-node-agent';

export type { OptionSpec } from './option-spec';
export { COE_OPTIONS, DEFAULT_OPTIONS, K8S_OPTIONS, NSX_KUBE_PROXY_OPTIONS, NSX_NODE_AGENT_OPTIONS };

/** Every section the node agent reads, in the order they are written; keys in each are in the order written. */
export const SECTIONS = {
  DEFAULT: DEFAULT_OPTIONS,
  coe: COE_OPTIONS,
  k8s: K8S_OPTIONS,
  nsx_node_agent: NSX_NODE_AGENT_OPTIONS,
  nsx_kube_proxy: NSX_KUBE_PROXY_OPTIONS,
} as const;

export type SectionName = keyof typeof SECTIONS;

/**
 * Sections of NCP's own ncp.ini that no node-agent container reads. A file shared with NCP may hold them: reading
 * skips them, and `extra` may carry them into the agent's file, after the agent's sections.
 */
export const NCP_OWN_SECTIONS: readonly string[] = ['ha', 'nsx_v3', 'vc'];

/** The section names, in the order they are written. */
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** The options of a section, looked up by a key that may not be one. */
export function optionsOf(section: SectionName): Readonly<Record<string, OptionSpec<unknown>>> {
  return SECTIONS[section];
}

/** The option `key` of `section`, or `undefined`; a key such as `toString` is not an option. */
export function optionOf(section: SectionName, key: string): OptionSpec<unknown> | undefined {
  const options = optionsOf(section);
  return Object.hasOwn(options, key) ? options[key] : undefined;
}

type ValueOf<S> = S extends OptionSpec<infer T> ? T : never;

/** Settings for one section, keyed by the familiar ncp.ini names. */
export type SectionSettings<S> = {
  readonly [K in keyof S]?: ValueOf<S[K]>;
};

/** A value of a key the typed model does not know: written as given (true and false as True and False). */
export type ExtraValue = string | number | boolean;

/** Keys the typed model does not know yet (from a newer NCP), by section; NCP's own sections are written last. */
export type ExtraSettings = {
  readonly [S in SectionName | 'ha' | 'nsx_v3' | 'vc']?: { readonly [key: string]: ExtraValue };
};

/**
 * ncp.ini settings of the node agent, by section and key, with the names used in the file itself.
 * Options left unset are not written, so NCP applies its own defaults.
 */
export interface NcpIniSettings {
  /**
   * `[DEFAULT]`: logging.
   *
   * @default - none: NCP's defaults, and the vendor's uncommented lines
   */
  readonly DEFAULT?: SectionSettings<typeof DEFAULT_OPTIONS>;
  /**
   * `[coe]`: the orchestrator and the cluster name.
   *
   * @default - `cluster` is required; nothing else
   */
  readonly coe?: SectionSettings<typeof COE_OPTIONS>;
  /**
   * `[k8s]`: how the agent reaches the API server.
   *
   * @default - none: NCP's defaults, and the vendor's uncommented lines
   */
  readonly k8s?: SectionSettings<typeof K8S_OPTIONS>;
  /**
   * `[nsx_node_agent]`: the container network interface agent.
   *
   * @default - none: NCP's defaults, and the vendor's uncommented lines
   */
  readonly nsx_node_agent?: SectionSettings<typeof NSX_NODE_AGENT_OPTIONS>;
  /**
   * `[nsx_kube_proxy]`: the Service implementation.
   *
   * @default - none: NCP's defaults, and the vendor's uncommented lines
   */
  readonly nsx_kube_proxy?: SectionSettings<typeof NSX_KUBE_PROXY_OPTIONS>;
  /**
   * Keys the typed model does not know yet, for a newer NCP, by section. Their values are checked for safety
   * only; a key the model knows is refused here (set the typed key instead).
   *
   * @default - none
   */
  readonly extra?: ExtraSettings;
}
