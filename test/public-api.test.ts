import * as api from '../src';

// The public API is a contract: a name added here is a feature, a name removed is a breaking change.
describe('the public API', () => {
  test('exports exactly the constructs, their option enums, the problem types, the ncp.ini reader and the importer', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'Adaptor',
        'ApiLogMode',
        'ApiLogOutput',
        'BaselinePolicyType',
        'ContainerName',
        'FirewallTrafficLog',
        'L4Persistence',
        'L7Persistence',
        'LbServiceSize',
        'LsReplicationMode',
        'PoolAlgorithm',
        'XForwardedFor',
        'HostOs',
        'ImagePullPolicy',
        'IngressMode',
        'KubeProxyConfigHandler',
        'LbIpAllocation',
        'LogLevel',
        'Ncp',
        'NcpIni',
        'NcpStack',
        'NcpVersion',
        'NodeType',
        'NsxNodeAgent',
        'Platform',
        'Problem',
        'TaintEffect',
        'TolerationOperator',
        'UpdateStrategyType',
        'UplinkDhcp',
        'VendorManifest',
      ].sort(),
    );
  });
});
