import { anyText, boolean, nonNegative, oneOf } from '../../checking/value-types';
import { clusterName, logLevel } from '../ncp-value-types';
import { option } from '../option-spec';

/** `[coe]`: the container orchestrator the agent serves. */
export const COE_OPTIONS = {
  adaptor: option(
    oneOf(['kubernetes', 'openshift', 'pcf', 'openshift4'] as const),
    'Container orchestrator adaptor: openshift on OpenShift 3, openshift4 (3.1+) on OpenShift 4; unset, kubernetes.',
    { default: 'kubernetes', choicesSince: { openshift4: '3.1' } },
  ),
  cluster: option(
    clusterName,
    "Required. Cluster name: prefix of the NSX objects NCP creates and tag of its IP blocks; must equal [coe] cluster in NCP's own ncp.ini.",
  ),
  loglevel: option(logLevel, 'Log level of the NCP modules; unset, follows [DEFAULT].'),
  nsxlib_loglevel: option(
    logLevel,
    'Log level of the NSX API client library; the 2.3/2.4 vendor file sets INFO, so it is written for those.',
    { preset: 'INFO', presetUntil: '2.4' },
  ),
  enable_snat: option(boolean, "Read by NCP, not the agent: SNAT for every project's pods; unset, on.", { default: 'True' }),
  node_type: option(
    oneOf(['HOSTVM', 'BAREMETAL', 'CLOUD', 'WCP_WORKER'] as const),
    'Container host type: a VM (HOSTVM) or a bare-metal server (BAREMETAL); CLOUD and WCP_WORKER from 2.5.',
    { default: 'HOSTVM', choicesSince: { CLOUD: '2.5', WCP_WORKER: '2.5' } },
  ),
  connect_retry_timeout: option(
    nonNegative,
    'Seconds to win back a lost NSX, orchestrator or HyperBus connection before the process exits; 0 or unset, never exits.',
    { default: '0', since: '2.4' },
  ),
  profiling: option(boolean, 'Profiles the NCP code; unset, off.', { default: 'False', since: '2.5', until: '3.1' }),
  metrics_interval: option(nonNegative, 'Seconds between performance metrics; 0 or unset, none are collected.', {
    default: '0',
    since: '2.5.1',
    until: '3.1',
  }),
  metrics_log_file: option(anyText, 'File the performance metrics go to; unset, none.', {
    since: '2.5.1',
    until: '3.1',
  }),
  enable_sha: option(boolean, 'System-health reporting to NSX; unset, on.', { default: 'True', since: '2.5.1' }),
};
