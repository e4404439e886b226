import { runCli } from './cli';

/**
 * Runs the command line `args` as the process: a problem with the input is reported by the command itself; a defect
 * of the command gets one line and exit code 3, with the stack only when NSX_NODE_AGENT_DEBUG is set.
 */
export function runCommand(args: readonly string[]): number {
  try {
    return runCli(args);
  } catch (error) {
    process.stderr.write(
      `nsx-node-agent: internal error: ${(error as Error).message}\n` +
        (process.env.NSX_NODE_AGENT_DEBUG ? `${(error as Error).stack}\n` : 'set NSX_NODE_AGENT_DEBUG=1 for details\n'),
    );
    return 3;
  }
}
