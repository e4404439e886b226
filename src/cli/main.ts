// The `nsx-node-agent` command: `nsx-node-agent import <nsx-node-agent-ds.yml> [-o values.yaml]`, `synth`.
import { runCommand } from './run';

process.exitCode = runCommand(process.argv.slice(2));
