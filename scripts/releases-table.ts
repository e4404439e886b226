import {
  containerNames,
  LINES,
  type NcpVersion,
  NEWEST_MAJOR,
  RELEASE_LINES,
  type ReleaseLine,
} from '../src/releases/release-lines';
import { ContainerName, NodeType } from '../src/releases/vendor';

/** Markers around the generated table in docs/releases.md. */
export const RELEASES_BEGIN = '<!-- release lines: generated from src/releases by `npm run docs`; do not edit -->';
export const RELEASES_END = '<!-- end of release lines -->';

const none = '—';
const list = (items: readonly string[]) => (items.length > 0 ? items.map((item) => `\`${item}\``).join(', ') : none);

/** One row per fact of the release-line table, one column per line. */
const ROWS: readonly (readonly [string, (line: ReleaseLine) => string])[] = [
  [
    'releases',
    (l) =>
      (l.minorReleases.length > 0 ? l.minorReleases.join(', ') : l.firstRelease) +
      (l === RELEASE_LINES[LINES.at(-1) as NcpVersion] ? ` to ${NEWEST_MAJOR}.x` : ''),
  ],
  ['containers on HOSTVM', (l) => list(containerNames(l.version, NodeType.HOSTVM))],
  ['containers on BAREMETAL', (l) => list(containerNames(l.version, NodeType.BAREMETAL))],
  [
    'ncp.ini mount',
    (l) => (l.configMount === 'subPath' ? '`config-volume`, subPath `ncp.ini`' : '`projected-volume` at `/etc/nsx-ujo`'),
  ],
  ['host run directory volume', (l) => `\`${l.runDirectoryVolume}\``],
  [
    'nsx-ovs database',
    (l) => (!l.ovsContainer ? none : l.ovsDatabase === 'host' ? "the host's `/etc/openvswitch`" : 'the run directory'),
  ],
  [
    'env',
    (l) =>
      [
        ...(l.podNameEnv ? ['`POD_NAME`, `CONTAINER_NAME` (not on nsx-ovs)'] : []),
        ...(l.kubeProxyNodeNameEnv ? ['`NODE_NAME` on nsx-kube-proxy'] : []),
      ].join('; ') || none,
  ],
  ['netns mount', (l) => (l.hostNetns ? '`/host/var/run/netns` (HostToContainer), device plugins' : '`/var/run/netns`')],
  ['log volume, os-release on nsx-node-agent', (l) => (l.logVolume ? 'yes' : none)],
  [
    'liveness initial delay (agent / proxy / ovs)',
    (l) =>
      Object.values(ContainerName)
        .map((name) => (name === ContainerName.OVS && !l.ovsContainer ? '–' : String(l.probes[name].initialDelaySeconds)))
        .join(' / ') + (l.livenessTimeoutArgument ? ", check's own timeout" : ''),
  ],
  ['capabilities on OpenShift', (l) => list(l.agentCapabilities.openshift)],
  ['capabilities on Kubernetes', (l) => list(l.agentCapabilities.kubernetes)],
  ['bare metal: DAC_OVERRIDE and nestdb socket on nsx-kube-proxy', (l) => (l.bareMetalNestdb ? 'yes' : none)],
  [
    'tolerations',
    (l) =>
      (l.tolerations ?? []).map((t) => (t.key === undefined ? `every ${t.effect}` : `${t.key} (${t.effect})`)).join(', ') || none,
  ],
  ['priority class', (l) => (l.priorityClassName === undefined ? none : `\`${l.priorityClassName}\``)],
  ['grace period', (l) => (l.terminationGracePeriodSeconds === undefined ? none : `${l.terminationGracePeriodSeconds} s`)],
  ['ClusterRole resources', (l) => list(l.clusterRoleRules.flatMap((rule) => rule.resources ?? []))],
  ['`[coe] adaptor` on OpenShift', (l) => `\`${l.openshiftAdaptor}\``],
  ['`[DEFAULT] log_file` refused', (l) => (l.refusesLogFile ? 'yes' : none)],
];

/** The Markdown table of the release lines, as src/releases describes them. */
export function releaseLinesTable(): string {
  const lines = LINES.map((version) => RELEASE_LINES[version]);
  const header = ['', ...lines.map((l) => `\`${l.version}\``)];
  const rows = ROWS.map(([label, cell]) => [label, ...lines.map(cell)].map((text) => text.replaceAll('|', '\\|')));
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** `page` with the table between its markers replaced by the current one. */
export function withReleaseLinesTable(page: string): string {
  const begin = page.indexOf(RELEASES_BEGIN);
  const end = page.indexOf(RELEASES_END);
  if (begin < 0 || end < begin) {
    throw new Error(`docs/releases.md needs the lines ${RELEASES_BEGIN} and ${RELEASES_END} around the release lines`);
  }
  return `${page.slice(0, begin + RELEASES_BEGIN.length)}\n${releaseLinesTable()}\n${page.slice(end)}`;
}
