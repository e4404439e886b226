// Writes the generated ncp.ini options table into README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withOptionsTable } from '../src/ncp-ini/docs';

const readme = join(__dirname, '..', 'README.md');
writeFileSync(readme, withOptionsTable(readFileSync(readme, 'utf8')));
