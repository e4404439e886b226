import { absolutePath, anyText, boolean, fileName, nonNegative, oneOf, positive } from '../../checking/value-types';
import { logLevel } from '../ncp-value-types';
import { option } from '../option-spec';

/** `[DEFAULT]`: logging of the agent processes. */
export const DEFAULT_OPTIONS = {
  debug: option(boolean, 'Logs at DEBUG instead of INFO; unset, INFO.', { default: 'False' }),
  use_stderr: option(boolean, 'Logs to stderr, where `kubectl logs` shows it; unset, on.', {
    default: 'True',
    until: '3.1',
  }),
  use_syslog: option(boolean, 'Logs to syslog; unset, off.', { default: 'False' }),
  log_dir: option(
    absolutePath,
    'Directory of the log files, e.g. /var/log/nsx-ujo/ (the pod must mount it); unset, no log files are written.',
  ),
  log_file: option(
    anyText,
    'Log file name inside log_dir; unset, the process name (nsx_node_agent.log, nsx_kube_proxy.log). Not allowed from 4.2.',
  ),
  log_rotation_file_max_mb: option(positive, 'Size in MB at which a log file is rotated and compressed; unset, 100.', {
    default: '100',
  }),
  log_rotation_backup_count: option(nonNegative, 'Compressed log files kept; unset, 5.', { default: '5' }),
  loglevel: option(logLevel, 'Level of the root logger (debug overrides it); unset, INFO.', { since: '3.1' }),
  api_log_rotation_file_max_mb: option(positive, 'Size in MB at which the NSX API log is rotated; unset, 10.', {
    default: '10',
    since: '3.1',
  }),
  api_log_rotation_backup_count: option(nonNegative, 'NSX API log files kept; unset, 5.', { default: '5', since: '3.1' }),
  api_log_output: option(
    oneOf(['STDOUT', 'STDERR', 'FILE', 'NONE'] as const),
    'Where NSX API calls are logged; unset, NONE (not logged).',
    { default: 'NONE', since: '3.1', until: '3.1' },
  ),
  api_log_file: option(fileName, 'File of the NSX API log when api_log_output is FILE; unset, ncp_api_log.txt.', {
    default: 'ncp_api_log.txt',
    since: '3.1',
    until: '3.1',
  }),
  api_log_interval: option(positive, 'Seconds between NSX API log reports; unset, 60.', {
    default: '60',
    since: '3.1',
    until: '3.1',
  }),
  api_log_mode: option(
    oneOf(['API_LOG_PER_ENDPOINT', 'API_LOG_PER_CLUSTER'] as const),
    'Whether NSX API calls are logged per NSX endpoint or per cluster; unset, per endpoint.',
    { default: 'API_LOG_PER_ENDPOINT', since: '3.1', until: '3.1' },
  ),
  nsx_cli_path: option(absolutePath, "Host path of the NSX CLI's Python; unset, /opt/vmware/nsx-cli/bin/python.", {
    default: '/opt/vmware/nsx-cli/bin/python',
    since: '2.5.0',
    until: '2.5.0',
  }),
  nsx_python_logging_path: option(
    absolutePath,
    "Host path of NSX's Python logging library; unset, /opt/vmware/nsx-common/python.",
    { default: '/opt/vmware/nsx-common/python', since: '2.5.0', until: '2.5.0' },
  ),
};
