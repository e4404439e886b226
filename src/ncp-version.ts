/**
 * NCP release lines whose node-agent manifests differ. The default is the vendor guide's generation.
 * Values are `major.minor` of the first release of the line, so they compare as versions.
 */
export enum NcpVersion {
  /** NCP 2.3 and 2.4: two containers, ncp.ini mounted by subPath (the vendor guide's generation). */
  V2_4 = '2.4',
  /** NCP 2.5: adds the nsx-ovs container on HOSTVM, a projected config volume, `var-run-ujo`. */
  V2_5 = '2.5',
  /** NCP 3.1: adds POD_NAME/CONTAINER_NAME env and the containerd netns mount. */
  V3_1 = '3.1',
  /** NCP 4.2 and later (operator manifests up to 9.x). */
  V4_2 = '4.2',
}

/** True when `version` is `min` or later; versions are `major.minor` strings. */
export function atLeast(version: string, min: string): boolean {
  const [a, b] = [version, min].map((v) => v.split('.').map(Number));
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
}
