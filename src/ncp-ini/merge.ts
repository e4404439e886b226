import type { NsxNodeAgentProps } from '../agent/props';
import { deepMerge } from '../checking/deep-merge';
import type { NcpIniRead } from './parse';
import type { NcpIniSettings } from './schema';

/**
 * The construct's props with an existing ncp.ini read in underneath: every key set in `props` wins over the
 * file's, section by section and key by key (`ncpIni.extra` too); `nodeType` and `ovsBridge` come from the file
 * unless `props` sets them (or `baremetal`, which implies a node type).
 */
export function withNcpIniRead(props: NsxNodeAgentProps, read: NcpIniRead): NsxNodeAgentProps {
  const nodeTypeSet = props.nodeType !== undefined || props.baremetal !== undefined;
  return {
    ...(read.nodeType !== undefined && !nodeTypeSet ? { nodeType: read.nodeType } : {}),
    ...(read.ovsBridge !== undefined && props.ovsBridge === undefined ? { ovsBridge: read.ovsBridge } : {}),
    ...props,
    ncpIni: deepMerge(read.settings, props.ncpIni) as NcpIniSettings,
  };
}
