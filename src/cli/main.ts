// The `nsx-node-agent` command: `nsx-node-agent import <nsx-node-agent-ds.yml> [-o values.yaml]`, `synth`.
import { runCli } from './cli';

try {
  process.exitCode = runCli(process.argv.slice(2));
} catch (error) {
  // A defect of the command, not of the input: one line for the user, the stack only when asked for.
  process.stderr.write(
    `nsx-node-agent: internal error: ${(error as Error).message}\n` +
      (process.env.NSX_NODE_AGENT_DEBUG ? `${(error as Error).stack}\n` : 'set NSX_NODE_AGENT_DEBUG=1 for details\n'),
  );
  process.exitCode = 3;
}
