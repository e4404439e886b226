import { keysOfOptionsProblems, optionsOfNcpIni, withNcpIniRead } from '../../../src/agent/settings/ncp-ini-keys';
import { NodeType } from '../../../src/releases/vendor';
import { problemsOf } from '../../support';

describe('the ncp.ini keys that construct options write', () => {
  test('node_type and ovs_bridge of a file become nodeType and ovsBridge, and leave ncpIni', () => {
    const read = optionsOfNcpIni(
      { coe: { cluster: 'c1', node_type: 'BAREMETAL' }, nsx_node_agent: { ovs_bridge: 'nsx-managed' } },
      'ncp.ini',
    );
    expect(read).toEqual({
      ncpIni: { coe: { cluster: 'c1' } },
      nodeType: NodeType.BAREMETAL,
      ovsBridge: 'nsx-managed',
      problems: [],
    });
  });

  test('a node type the construct makes no agents for is a problem naming the file', () => {
    expect(optionsOfNcpIni({ coe: { cluster: 'c1', node_type: 'CLOUD' } }, 'shared/ncp.ini').problems.map(String)).toEqual([
      'shared/ncp.ini [coe] node_type: is a node type the construct does not make agents for (got "CLOUD")\n    allowed: one of HOSTVM, BAREMETAL\n    fix: use the vendor manifest for this node type',
    ]);
  });

  test("the options a user sets win over the file's keys", () => {
    const file = { coe: { cluster: 'from-file', node_type: 'BAREMETAL' as const }, nsx_node_agent: { ovs_bridge: 'br-file' } };
    const mine = {
      image: 'registry.example.com/nsx-ncp:1',
      baremetal: false,
      ovsBridge: 'br-mine',
      ncpIni: { coe: { cluster: 'mine' } },
    };
    const { props } = withNcpIniRead(mine, file, 'f');
    expect(props.nodeType).toBeUndefined();
    expect(props.ovsBridge).toBe('br-mine');
    expect(props.ncpIni).toEqual({ coe: { cluster: 'mine' } });
  });

  test('setting one in ncpIni or ncpIni.extra is one problem each, naming the option to use', () => {
    expect(
      keysOfOptionsProblems({ coe: { node_type: 'BAREMETAL' }, extra: { nsx_node_agent: { ovs_bridge: 'b' } } }, 'ncpIni').map(
        (p) => p.option,
      ),
    ).toEqual(['ncpIni.coe.node_type', 'ncpIni.extra.nsx_node_agent.ovs_bridge']);
    const problems = problemsOf({ ncpIni: { coe: { cluster: 'c1' }, extra: { coe: { node_type: 'BAREMETAL' } } } });
    expect(problems.filter((p) => p.includes('node_type'))).toEqual([
      expect.stringContaining('ncpIni.extra.coe.node_type: is set by the construct option nodeType'),
    ]);
  });
});
