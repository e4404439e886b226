/**
 * NCP release lines whose node-agent manifests differ, oldest first. The default is the vendor guide's generation.
 * Values name the line; lines compare by their order here (`atLeast`). What each line's manifest holds is in
 * `RELEASE_LINES` (release-lines.ts).
 */
export enum NcpVersion {
  /** NCP 2.3 and 2.4: two containers, ncp.ini mounted by subPath (the vendor guide's generation). */
  V2_4 = '2.4',
  /**
   * NCP 2.5.0: adds the nsx-ovs container on HOSTVM, which mounts the host's /etc/openvswitch; ncp.ini still by
   * subPath from `config-volume`, the run directory still `cni-sock`.
   */
  V2_5_0 = '2.5.0',
  /** NCP 2.5.1 and later 2.5/3.0 releases: a projected config volume, `var-run-ujo`, nsx-ovs keeps its database there. */
  V2_5 = '2.5',
  /** NCP 3.1: adds POD_NAME/CONTAINER_NAME env and the containerd netns mount. */
  V3_1 = '3.1',
  /** NCP 4.2 and later (operator manifests up to 9.x). */
  V4_2 = '4.2',
}

/** The lines, oldest first. */
export const LINES: readonly NcpVersion[] = Object.values(NcpVersion);

/** True when the line `version` is the line `min` or a later one. */
export function atLeast(version: NcpVersion, min: NcpVersion): boolean {
  return LINES.indexOf(version) >= LINES.indexOf(min);
}

/** Compares two release numbers (`2.5` is 2.5.0): negative when `a` is earlier, 0 when equal, positive when later. */
export function compareReleases(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) {
      return (x[i] ?? 0) - (y[i] ?? 0);
    }
  }
  return 0;
}
