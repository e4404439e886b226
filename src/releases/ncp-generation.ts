import type * as k8s from '../../imports/k8s';
import { atLeast, NcpVersion } from './ncp-version';

/** The latest entry of `table` whose version `version` has reached; tables list versions in ascending order. */
export function byVersion<T>(version: NcpVersion, table: readonly (readonly [NcpVersion, T])[]): T {
  return table.filter(([since]) => atLeast(version, since)).at(-1)?.[1] as T;
}

const NO_SCHEDULE = 'NoSchedule';
const MASTER = { key: 'node-role.kubernetes.io/master', effect: NO_SCHEDULE };
const NOT_READY = { key: 'node.kubernetes.io/not-ready', effect: NO_SCHEDULE };
const UNREACHABLE = { key: 'node.kubernetes.io/unreachable', effect: NO_SCHEDULE };

/**
 * Tolerations the vendor's manifest of each generation sets: none in 2.3/2.4; master, not-ready and unreachable
 * (NoSchedule) from 2.5; the operator's defaults (plus control-plane, and every NoExecute taint) from 4.x.
 */
export function vendorTolerations(version: NcpVersion): k8s.Toleration[] | undefined {
  return byVersion<k8s.Toleration[] | undefined>(version, [
    [NcpVersion.V2_4, undefined],
    [NcpVersion.V2_5_0, [MASTER, NOT_READY, UNREACHABLE]],
    [
      NcpVersion.V4_2,
      [
        MASTER,
        { key: 'node-role.kubernetes.io/control-plane', effect: NO_SCHEDULE },
        NOT_READY,
        UNREACHABLE,
        { operator: 'Exists', effect: 'NoExecute' },
      ],
    ],
  ]);
}

/** The vendor's priority class: only the 4.x operator manifests set one. */
export function vendorPriorityClassName(version: NcpVersion): string | undefined {
  return atLeast(version, NcpVersion.V4_2) ? 'system-node-critical' : undefined;
}

/**
 * The vendor's grace period: 120 s in 2.5.0, none (the Kubernetes default) in 2.5.1, and from 3.1 60 s to save
 * flows and stop OVS; before 2.5.0, the Kubernetes default.
 */
export function vendorTerminationGracePeriodSeconds(version: NcpVersion): number | undefined {
  return byVersion<number | undefined>(version, [
    [NcpVersion.V2_4, undefined],
    [NcpVersion.V2_5_0, 120],
    [NcpVersion.V2_5, undefined],
    [NcpVersion.V3_1, 60],
  ]);
}
