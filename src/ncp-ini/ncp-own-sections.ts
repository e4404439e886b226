/** Sections of NCP's own ncp.ini that no node-agent container reads; `ncpIni.extra` may carry them into the agent's file. */
export const NCP_OWN_SECTIONS: readonly string[] = ['ha', 'nsx_v3', 'vc'];
