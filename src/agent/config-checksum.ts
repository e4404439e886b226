import { createHash } from 'node:crypto';
import { type IniValues, renderNcpIni } from '../ncp-ini/render';
import { NCP_OWN_SECTIONS } from '../ncp-ini/schema';

/**
 * The ncp.ini the agent's containers read: every section of the model (the node agent's: DEFAULT, coe, k8s,
 * nsx_node_agent, nsx_kube_proxy), without NCP's own sections that `ncpIni.extra` may carry into the file
 * (`[ha]`, `[nsx_v3]`, `[vc]`). Without such sections it is `rendered` itself, the whole file.
 */
export function agentReadNcpIni(ini: IniValues, rendered: string): string {
  const extra = Object.entries(ini.extra ?? {});
  if (!extra.some(([section]) => NCP_OWN_SECTIONS.includes(section))) {
    return rendered;
  }
  return renderNcpIni({ ...ini, extra: Object.fromEntries(extra.filter(([section]) => !NCP_OWN_SECTIONS.includes(section))) });
}

/**
 * The pod template's `checksum/ncp.ini`: sha256 of the ncp.ini text the agent's containers read, so that a change
 * only NCP reads does not roll the pods. For a file without NCP's sections it is the sha256 of the whole file.
 */
export function configChecksum(ini: IniValues, rendered: string): string {
  return createHash('sha256').update(agentReadNcpIni(ini, rendered)).digest('hex');
}
