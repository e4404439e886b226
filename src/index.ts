// The public API: the construct and its options, the problem types, reading an existing ncp.ini, and importing a
// vendor manifest. Everything else is internal and may change in any release.

export { NcpIni, type NcpIniRead, type NcpIniReadOptions } from './agent/ncp-ini-file';
export { NsxNodeAgent } from './agent/nsx-node-agent';
export type {
  ContainerOptions,
  ContainerResources,
  ContainersOptions,
  ProbeTiming,
  ResourceQuantities,
} from './agent/options/container-options';
export { ImagePullPolicy } from './agent/options/image-pull-policy';
export {
  Adaptor,
  ApiLogMode,
  ApiLogOutput,
  BaselinePolicyType,
  IngressMode,
  KubeProxyConfigHandler,
  LbIpAllocation,
  LogLevel,
  type NcpIniCoe,
  type NcpIniDefaults,
  type NcpIniK8s,
  type NcpIniNsxKubeProxy,
  type NcpIniNsxNodeAgent,
  type NcpIniProps,
  UplinkDhcp,
} from './agent/options/ncp-ini';
export { Platform } from './agent/options/platform';
export { TaintEffect, type Toleration, TolerationOperator, UpdateStrategyType } from './agent/options/scheduling';
export type { NsxNodeAgentProps } from './agent/props';
export { Problem } from './checking/problem';
export type { VendorImportOptions } from './import/import-manifest';
export { type VendorImport, VendorManifest } from './import/vendor-manifest';
export { HostOs } from './ncp/host-os';
export { Ncp } from './ncp/ncp';
export { NcpStack, type NcpStackProps } from './ncp/ncp-stack';
export {
  FirewallTrafficLog,
  L4Persistence,
  L7Persistence,
  LbServiceSize,
  LsReplicationMode,
  type NcpOwnIniHa,
  type NcpOwnIniK8s,
  type NcpOwnIniNsxV3,
  type NcpOwnIniProps,
  type NcpOwnIniVc,
  PoolAlgorithm,
  XForwardedFor,
} from './ncp/options/ncp-own-ini';
export type { NcpProps } from './ncp/props';
export { NcpVersion } from './releases/release-lines';
export { ContainerName, NodeType } from './releases/vendor';
