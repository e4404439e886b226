// The `nsx-node-agent` command: `nsx-node-agent import <nsx-node-agent-ds.yml> [-o values.yaml]`.
import { runCli } from './cli';

process.exitCode = runCli(process.argv.slice(2));
