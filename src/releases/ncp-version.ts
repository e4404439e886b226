/**
 * NCP release lines whose node-agent manifests differ, oldest first. The default is the vendor guide's generation.
 * Values name the line; lines compare by their order here (`atLeast`), releases by `LINE_STARTS`.
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

const LINES: readonly NcpVersion[] = Object.values(NcpVersion);

/** True when the line `version` is the line `min` or a later one. */
export function atLeast(version: NcpVersion, min: NcpVersion): boolean {
  return LINES.indexOf(version) >= LINES.indexOf(min);
}

/** The first release of each line: the 2.4 line starts at 2.3, the 2.5 line at 2.5.1. */
export const LINE_STARTS: Readonly<Record<NcpVersion, string>> = {
  [NcpVersion.V2_4]: '2.3',
  [NcpVersion.V2_5_0]: '2.5.0',
  [NcpVersion.V2_5]: '2.5.1',
  [NcpVersion.V3_1]: '3.1',
  [NcpVersion.V4_2]: '4.2',
};

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

/**
 * The NCP minor releases before 4.2 and the line each belongs to (2.5.0, written with its patch number, is the 2.5.0
 * line); 4.2 and every later release are the 4.2 line.
 */
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
  'an NCP release as written, e.g. 2.3, 2.4.1, 2.5.0, 2.5, 3.1.2 or 4.2 (a YAML number too): 2.3 and 2.4 are the 2.4 ' +
  'line, 2.5.0 the 2.5.0 line, 2.5 (2.5.1 and later) and 3.0 the 2.5 line, 3.1 to 4.1 the 3.1 line, 4.2 and later the 4.2 line';

/**
 * The release line of an NCP release number as people write it (`2.3`, `2.4.1`, `3.1.2`, or a YAML number such as
 * 2.4), or why it is not one.
 */
export function releaseLine(value: unknown): { line: NcpVersion } | { reason: string } {
  const written = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof written !== 'string') {
    return { reason: 'is not a release number' };
  }
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.\d+)?$/.exec(written.trim());
  if (match === null) {
    return { reason: 'is not a release number' };
  }
  const minor = `${Number(match[1])}.${Number(match[2] ?? 0)}`;
  if (minor === '2.5' && match[3] !== undefined && Number(match[3]) === 0) {
    return { line: NcpVersion.V2_5_0 };
  }
  if (MINOR_RELEASES[minor] !== undefined) {
    return { line: MINOR_RELEASES[minor] };
  }
  if (compareReleases(minor, LINE_STARTS[NcpVersion.V4_2]) >= 0) {
    return { line: NcpVersion.V4_2 };
  }
  return {
    reason:
      compareReleases(minor, LINE_STARTS[NcpVersion.V2_4]) >= 0
        ? 'is not an NCP release'
        : 'is older than NCP 2.3, the oldest release modelled',
  };
}
