import { Document } from 'yaml';
import type { ImportedManifest } from './import-manifest';

/** Width the header comment is wrapped to. */
const WIDTH = 118;

/**
 * The values file of an import: a header comment saying where it comes from, what was detected, what the
 * generated manifest changes on purpose and every warning, then the options.
 */
export function valuesYaml(imported: ImportedManifest, source: string): string {
  const section = (title: string, lines: readonly string[]) =>
    lines.length === 0 ? [] : ['', `${title}:`, ...lines.flatMap((line) => wrap(`- ${line}`))];
  const header = [
    `Values for the NsxNodeAgent construct, imported from ${source} by \`nsx-node-agent import\`.`,
    'Synthesize with `npx nsx-node-agent synth <this file>`, or as the values file of the cdk8s app (README "The values file").',
    ...section('Detected', imported.detected),
    ...section('Changes the generated manifest makes on purpose', imported.changes),
    ...section(
      imported.warnings.length === 0 ? 'Warnings' : `Warnings (${imported.warnings.length}): review each before applying`,
      imported.warnings.length === 0 ? ['none: everything in the file is carried over'] : imported.warnings,
    ),
  ];
  const document = new Document(imported.values);
  document.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return document.toString({ lineWidth: 0 });
}

/** `text` broken at spaces into comment lines of at most WIDTH characters, continuation lines indented. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = `  ${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
