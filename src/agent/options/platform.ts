import type { NcpVersion } from '../../releases/release-lines';
import { RELEASE_LINES } from '../../releases/release-lines';

/** The distribution the agent is installed on; it decides which security objects come with it. */
export enum Platform {
  /** Upstream Kubernetes (and distributions without SecurityContextConstraints). */
  KUBERNETES = 'Kubernetes',
  /**
   * OpenShift: adds a SecurityContextConstraints object for the agent's pods and the namespace annotation
   * that lets the DaemonSet land on every node.
   */
  OPENSHIFT = 'OpenShift',
}

/** The `[coe] adaptor` values that serve each platform. */
const ADAPTORS: Record<Platform, readonly string[]> = {
  [Platform.KUBERNETES]: ['kubernetes'],
  [Platform.OPENSHIFT]: ['openshift4', 'openshift'],
};

/**
 * The adaptor to write for `platform` when ncp.ini names none: on OpenShift, the release line's (`openshift4` from
 * 3.1, as the vendor's operator forces it); on Kubernetes none, NCP's default serves it.
 */
export function adaptorFor(platform: Platform, version: NcpVersion): string | undefined {
  return platform === Platform.KUBERNETES ? undefined : RELEASE_LINES[version].openshiftAdaptor;
}

/** Whether `adaptor` serves `platform`; `pcf` serves neither. */
export function adaptorServes(adaptor: string, platform: Platform): boolean {
  return ADAPTORS[platform].includes(adaptor);
}
