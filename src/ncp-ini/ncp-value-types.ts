import { oneOf, text } from '../checking/value-types';

/** Python logging levels, as NCP's `*loglevel` options take them. */
export const logLevel = oneOf(['NOTSET', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] as const);

/** A Linux network interface name: at most 15 characters, no "/" or white space. */
export const interfaceName = text({
  allowed: 'a network interface name: 1 to 15 characters, no "/" or white space, e.g. ens224',
  format: 'name',
  pattern: /^[^/\s]+$/,
  maxLength: 15,
});

/** An OVS bridge is a Linux network device: at most 15 characters, no "/", white space or ":". */
export const bridgeName = text({
  allowed: 'an OVS bridge name: 1 to 15 letters, digits, "-", "_" or "." (not "." or "..")',
  format: 'name',
  pattern: /^[A-Za-z0-9_.-]+$/,
  maxLength: 15,
  refine: (value) => (value === '.' || value === '..' ? 'is not a device name' : undefined),
});

/** An Open vSwitch database address. */
export const ovsdbAddress = text({
  allowed: 'an OVSDB address such as unix:/var/run/openvswitch/db.sock or tcp:127.0.0.1:6640',
  format: 'socket',
  pattern: /^(unix:\/\S+|(tcp|ssl):\S+:\d+)$/,
});

/** `[coe] cluster`: NCP tags the NSX objects it creates with it, and NSX takes tag values of at most 256 characters. */
export const clusterName = text({
  allowed: 'the cluster name NCP uses: 1 to 256 characters (NSX tag values are at most 256)',
  maxLength: 256,
});
