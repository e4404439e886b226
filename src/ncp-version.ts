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

/** The NCP minor releases before 4.2 and the line each belongs to; 4.2 and every later release are the 4.2 line. */
const MINOR_RELEASES: Readonly<Record<string, NcpVersion>> = {
  '2.3': NcpVersion.V2_4,
  '2.4': NcpVersion.V2_4,
  '2.5': NcpVersion.V2_5,
  '3.0': NcpVersion.V2_5,
  '3.1': NcpVersion.V3_1,
  '3.2': NcpVersion.V3_1,
  '4.0': NcpVersion.V3_1,
  '4.1': NcpVersion.V3_1,
};

/** What `ncpVersion` accepts, for messages. */
export const NCP_VERSION_ALLOWED =
  'an NCP release as written, e.g. 2.3, 2.4.1, 2.5, 3.1.2 or 4.2 (a YAML number too): 2.3 and 2.4 are the 2.4 line, ' +
  '2.5 and 3.0 the 2.5 line, 3.1 to 4.1 the 3.1 line, 4.2 and later the 4.2 line';

/**
 * The release line of an NCP release number as people write it (`2.3`, `2.4.1`, `3.1.2`, or a YAML number such as
 * 2.4), or why it is not one.
 */
export function releaseLine(value: unknown): { line: NcpVersion } | { reason: string } {
  const written = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof written !== 'string') {
    return { reason: 'is not a release number' };
  }
  const match = /^(\d+)(?:\.(\d+))?(?:\.\d+){0,2}$/.exec(written.trim());
  if (match === null) {
    return { reason: 'is not a release number' };
  }
  const minor = `${Number(match[1])}.${Number(match[2] ?? 0)}`;
  if (MINOR_RELEASES[minor] !== undefined) {
    return { line: MINOR_RELEASES[minor] };
  }
  if (atLeast(minor, NcpVersion.V4_2)) {
    return { line: NcpVersion.V4_2 };
  }
  return { reason: atLeast(minor, '2.3') ? 'is not an NCP release' : 'is older than NCP 2.3, the oldest release modelled' };
}
