#!/usr/bin/env node
// The package's `nsx-node-agent` command; lib/ is compiled by `npm run build`, which `npm pack` runs.
require('../lib/src/cli/main.js');
