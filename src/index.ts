// The public API: the construct and its options, the problem types, reading an existing ncp.ini, and importing a
// vendor manifest. Everything else is internal and may change in any release.
export { NsxNodeAgent } from './agent/nsx-node-agent';
export type {
  ContainerOptions,
  ContainerResources,
  ContainersOptions,
  ProbeTiming,
  ResourceQuantities,
} from './agent/options/container-options';
export { ImagePullPolicy } from './agent/options/image-pull-policy';
export { Platform } from './agent/options/platform';
export { TaintEffect, type Toleration, TolerationOperator, UpdateStrategyType } from './agent/options/scheduling';
export type { NsxNodeAgentProps } from './agent/props';
export { Problem, ProblemsError } from './checking/problem';
export { importVendorManifest, type VendorImport, type VendorImportOptions } from './import/import-manifest';
export { type NcpIniRead, type NcpIniReadOptions, parseNcpIni, readNcpIniFile } from './ncp-ini/parse';
export type { ExtraSettings, ExtraValue, NcpIniSettings, SectionSettings } from './ncp-ini/schema';
export { NcpVersion } from './releases/release-lines';
export { ContainerName, NodeType } from './releases/vendor';
