import { NcpVersion, NodeType } from '../../src';
import { checkNcpIni } from '../../src/ncp-ini/check';
import { configMapOf, problemsOf, synthAgent } from '../support';

/** The problems of `settings` as `ncpIni` for `version` and `nodeType`, as messages. */
function problems(settings: unknown, version = NcpVersion.V2_4, nodeType = NodeType.HOSTVM): string[] {
  return checkNcpIni(settings, { version, nodeType }, 'ncpIni').map(String);
}

const cluster = { cluster: 'c1' };

describe('keys are checked against the NCP release line', () => {
  test('ovs_uplink_port in [nsx_kube_proxy] for 2.5 belongs in [nsx_node_agent]', () => {
    expect(problems({ coe: cluster, nsx_kube_proxy: { ovs_uplink_port: 'ens192' } }, NcpVersion.V2_5)).toEqual([
      'ncpIni.nsx_kube_proxy.ovs_uplink_port: is read from [nsx_kube_proxy] only in NCP 2.3–2.4; NCP 2.5 reads it from [nsx_node_agent] (got "ens192")\n    allowed: ncpIni.nsx_node_agent.ovs_uplink_port for NCP 2.5\n    fix: move it to ncpIni.nsx_node_agent.ovs_uplink_port',
    ]);
  });

  test('ovs_uplink_port in [nsx_node_agent] through the construct (2.3/2.4) belongs in [nsx_kube_proxy], in code names', () => {
    expect(problemsOf({ ncpIni: { coe: cluster, nsxNodeAgent: { ovsUplinkPort: 'ens192' } } })).toEqual([
      'ncpIni.nsxNodeAgent.ovsUplinkPort: is read from [nsx_node_agent] only in NCP 2.5+; NCP 2.3/2.4 reads it from [nsx_kube_proxy] (got "ens192")\n    allowed: ncpIni.nsxKubeProxy.ovsUplinkPort for NCP 2.3/2.4\n    fix: move it to ncpIni.nsxKubeProxy.ovsUplinkPort',
    ]);
  });

  test('a key of a later release', () => {
    expect(problems({ coe: cluster, nsx_node_agent: { mtu: 1450 } })).toEqual([
      'ncpIni.nsx_node_agent.mtu: exists only in NCP 3.1+, not in NCP 2.3/2.4 (got 1450)\n    allowed: mtu only for NCP 3.1+\n    fix: remove it: NCP 2.3/2.4 does not read it',
    ]);
  });

  test('a key of an earlier release', () => {
    expect(problems({ coe: cluster, DEFAULT: { use_stderr: true } }, NcpVersion.V4_2)).toEqual([
      expect.stringContaining('ncpIni.DEFAULT.use_stderr: exists only in NCP 2.3–3.1, not in NCP 4.2 (got true)'),
    ]);
  });

  test('a renamed key names its successor', () => {
    expect(problems({ coe: cluster, k8s: { enable_nsx_netif_crd: true } }, NcpVersion.V3_1)).toEqual([
      'ncpIni.k8s.enable_nsx_netif_crd: exists only in NCP 2.5.0; NCP 3.1 calls it enable_vnet_crd (got true)\n    allowed: ncpIni.k8s.enable_vnet_crd for NCP 3.1\n    fix: rename it to ncpIni.k8s.enable_vnet_crd',
    ]);
  });

  test('a key of another section, in a release where that section has it', () => {
    expect(problems({ coe: { ...cluster, apiserver_host_port: 6443 } })).toEqual([
      'ncpIni.coe.apiserver_host_port: is not a key of [coe]; NCP 2.3/2.4 reads it from [k8s] (got 6443)\n    allowed: ncpIni.k8s.apiserver_host_port for NCP 2.3/2.4\n    fix: move it to ncpIni.k8s.apiserver_host_port',
    ]);
  });

  test('a key of another section in other releases only', () => {
    expect(problems({ coe: { ...cluster, mtu: 1450 } })).toEqual([
      expect.stringContaining(
        'ncpIni.coe.mtu: is not a key of [coe]; it is a key of [nsx_node_agent] in NCP 3.1+ only (got 1450)',
      ),
    ]);
  });

  test('a misspelled key suggests the nearest key of another section when its own has none', () => {
    expect(problems({ coe: cluster, nsx_kube_proxy: { ovs_uplink_prot: 'ens192' } }, NcpVersion.V2_5)).toEqual([
      expect.stringContaining(
        'ncpIni.nsx_kube_proxy.ovs_uplink_prot: is not a known key of [nsx_kube_proxy]; did you mean ncpIni.nsx_node_agent.ovs_uplink_port?',
      ),
    ]);
  });

  test('a choice of a later release', () => {
    expect(problems({ coe: { ...cluster, adaptor: 'openshift4' } })).toEqual([
      'ncpIni.coe.adaptor: is a choice only from NCP 3.1, not in NCP 2.3/2.4 (got "openshift4")\n    allowed: one of kubernetes, openshift, pcf\n    fix: set ncpIni.coe.adaptor to one of kubernetes, openshift, pcf, or remove it to use NCP\'s default',
    ]);
    expect(problems({ coe: { ...cluster, adaptor: 'openshift4' } }, NcpVersion.V3_1)).toEqual([]);
  });

  test('an option added in a later release of a line is accepted for the whole line (3.2 in the 3.1 line)', () => {
    expect(problems({ coe: cluster, nsx_node_agent: { use_ncp_portmap: true } }, NcpVersion.V3_1)).toEqual([]);
    expect(problems({ coe: cluster, nsx_node_agent: { use_ncp_portmap: true } }, NcpVersion.V2_5)).toHaveLength(1);
  });
});

describe('rules between settings', () => {
  test('[coe] cluster is required', () => {
    expect(problems({})).toEqual([
      "ncpIni.coe.cluster: is required (not set)\n    allowed: the cluster name NCP uses\n    fix: set ncpIni.coe.cluster to the value of [coe] cluster in NCP's own ncp.ini",
    ]);
    expect(problems(undefined)).toHaveLength(1);
  });

  test('no uplink port on bare metal, in whichever section the release reads it from', () => {
    expect(
      problems({ coe: cluster, nsx_node_agent: { ovs_uplink_port: 'ens224' } }, NcpVersion.V3_1, NodeType.BAREMETAL),
    ).toEqual([
      'ncpIni.nsx_node_agent.ovs_uplink_port: is set on a bare-metal node, whose uplink NSX manages (got "ens224")\n    allowed: no uplink port on BAREMETAL\n    fix: remove ovs_uplink_port, or use nodeType HOSTVM for VM nodes',
    ]);
  });

  test('client_cert_file and client_private_key_file come together', () => {
    expect(problems({ coe: cluster, k8s: { client_cert_file: '/etc/nsx-ujo/cert.pem' } })).toEqual([
      'ncpIni.k8s.client_private_key_file: is required when client_cert_file is set (not set)\n    allowed: client_cert_file and client_private_key_file together, or neither\n    fix: set ncpIni.k8s.client_private_key_file as well, or remove ncpIni.k8s.client_cert_file',
    ]);
    expect(problems({ coe: cluster, k8s: { client_private_key_file: '/etc/nsx-ujo/key.pem' } })).toEqual([
      expect.stringContaining('ncpIni.k8s.client_cert_file: is required when client_private_key_file is set'),
    ]);
    expect(problems({ coe: cluster, k8s: { client_cert_file: '/c', client_private_key_file: '/k' } })).toEqual([]);
  });

  test('config_reuse_backoff_time is less than config_retry_timeout, defaults included', () => {
    expect(problems({ coe: cluster, nsx_node_agent: { config_reuse_backoff_time: 300 } }, NcpVersion.V2_5)).toEqual([
      'ncpIni.nsx_node_agent.config_reuse_backoff_time: leaves config_reuse_backoff_time (300) not less than config_retry_timeout (300) (got 300)\n    allowed: config_reuse_backoff_time less than config_retry_timeout\n    fix: lower config_reuse_backoff_time or raise config_retry_timeout',
    ]);
    expect(problems({ coe: cluster, nsx_node_agent: { config_retry_timeout: 10 } }, NcpVersion.V3_1)).toEqual([
      expect.stringContaining('ncpIni.nsx_node_agent.config_retry_timeout: leaves config_reuse_backoff_time (15) not less'),
    ]);
    expect(problems({ coe: cluster, nsx_node_agent: { config_reuse_backoff_time: 400 } }, NcpVersion.V4_2)).toEqual([]);
  });

  test('[DEFAULT] log_file is refused from 4.2, whose validation forbids it', () => {
    expect(problems({ coe: cluster, DEFAULT: { log_file: 'agent.log' } }, NcpVersion.V4_2)).toEqual([
      'ncpIni.DEFAULT.log_file: is refused by the configuration validation of NCP 4.2 (got "agent.log")\n    allowed: log_file unset; log_dir turns on log files with their default names\n    fix: remove ncpIni.DEFAULT.log_file',
    ]);
    expect(problems({ coe: cluster, DEFAULT: { log_file: 'agent.log' } }, NcpVersion.V3_1)).toEqual([]);
  });

  test('proc_mount_path_prefix must match the DaemonSet mounts', () => {
    expect(problems({ coe: cluster, nsx_node_agent: { proc_mount_path_prefix: '/hostfs' } })).toEqual([
      'ncpIni.nsx_node_agent.proc_mount_path_prefix: is not /host, where the DaemonSet mounts the host\'s /proc (got "/hostfs")\n    allowed: /host\n    fix: remove ncpIni.nsx_node_agent.proc_mount_path_prefix: the default fits the DaemonSet',
    ]);
  });

  test('a rule about a key already reported is not repeated', () => {
    expect(problems({ coe: { cluster: 'a;b' } })).toEqual([expect.stringContaining('ncpIni.coe.cluster: contains a character')]);
  });
});

describe('the extra escape hatch', () => {
  test('unknown keys are accepted and written', () => {
    expect(problems({ coe: cluster, extra: { nsx_node_agent: { new_option: 'on', new_count: 2, new_flag: false } } })).toEqual(
      [],
    );
  });

  test('a typed key, a bad key name, an unsafe value and an unknown section are refused', () => {
    expect(
      problems({
        coe: cluster,
        extra: {
          k8s: { apiserver_host_port: 6443, 'Bad-Key': 'x', new_option: 'a#b', new_list: ['a'] },
          coe: { node_type: 'BAREMETAL' },
          nsx_v4: { master_timeout: 18 },
        },
      }),
    ).toEqual([
      'ncpIni.extra.k8s.apiserver_host_port: is a typed key of [k8s], not one the model lacks (got 6443)\n    allowed: ncpIni.k8s.apiserver_host_port, which is checked\n    fix: move it to ncpIni.k8s.apiserver_host_port',
      'ncpIni.extra.k8s.Bad-Key: is not an ncp.ini key name (got "x")\n    allowed: a key of lower-case letters, digits and "_", starting with a letter\n    fix: write the key as NCP names it',
      expect.stringContaining('ncpIni.extra.k8s.new_option: contains a character that would break ncp.ini'),
      'ncpIni.extra.k8s.new_list: is not a string, a number, or true or false (got ["a"])\n    allowed: a string, number, or true or false that is safe in ncp.ini\n    fix: set ncpIni.extra.k8s.new_list to the value NCP expects, or remove it',
      expect.stringContaining('ncpIni.extra.coe.node_type: is a typed key of [coe], not one the model lacks'),
      expect.stringContaining('ncpIni.extra.nsx_v4: is not an ncp.ini section the node agent reads'),
    ]);
  });

  test('credential-like keys are refused, their values never shown, and nothing is written', () => {
    const found = problems({
      coe: cluster,
      extra: {
        nsx_v3: { nsx_api_password: 'Hunter2-S3cret', nsx_api_user: 'admin' },
        k8s: { client_token: 'eyJhbGciOi', pasword: 'x1' },
        nsx_node_agent: { registry_auths: 'e30=' },
      },
    });
    expect(found).toEqual([
      expect.stringContaining('ncpIni.extra.nsx_v3.nsx_api_password: looks like a credential'),
      expect.stringContaining('ncpIni.extra.k8s.client_token: looks like a credential'),
      expect.stringContaining('ncpIni.extra.k8s.pasword: looks like a credential'),
      expect.stringContaining('ncpIni.extra.nsx_node_agent.registry_auths: looks like a credential'),
    ]);
    expect(found[0]).toContain(
      "fix: remove it: the node agent does not read NCP's credentials; keep them in a Secret that NCP mounts",
    );
    expect(found[0]).toContain('(value hidden)');
    for (const secret of ['Hunter2-S3cret', 'eyJhbGciOi', 'e30=']) {
      expect(found.join('\n')).not.toContain(secret);
    }
    expect(() => synthAgent({ ncpIni: { coe: cluster, extra: { nsx_v3: { nsx_api_password: 'Hunter2-S3cret' } } } })).toThrow(
      /looks like a credential/,
    );
  });

  test('extra keys reach the ConfigMap through the construct', () => {
    const ini: string = configMapOf(synthAgent({ ncpIni: { coe: cluster, extra: { nsx_kube_proxy: { new_option: 'x' } } } }))
      .data['ncp.ini'];
    expect(ini).toContain('[nsx_kube_proxy]\nnew_option = x\n');
  });
});
