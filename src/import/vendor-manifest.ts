import type { Problem } from '../checking/problem';
import { importVendorManifest, type VendorImportOptions } from './import-manifest';
import { valuesYaml } from './values-yaml';

/** A vendor manifest turned into a values file. */
export interface VendorImport {
  /** The values file (YAML) whose header lists what was detected, changed and not carried over; empty on problems. */
  readonly valuesFile: string;
  /** What the file's shape says: NCP generation, node type and platform, with the fields that tell. */
  readonly detected: string[];
  /** What the generated manifest changes on purpose: today's API, the config checksum, defaults written out. */
  readonly changes: string[];
  /** What is not carried over, or differs in the generated manifest: review each before applying. */
  readonly warnings: string[];
  /** Why the file cannot be imported; nothing else is set when there are any. */
  readonly problems: Problem[];
}

/**
 * The vendor's `nsx-node-agent-ds.yml`, of any NCP generation and edited by hand, read into the values file that
 * makes the construct generate the same agent (`nsx-node-agent import` on the command line).
 */
export class VendorManifest {
  /** Imports the manifest text; whatever the generated manifest would not reproduce is a warning. */
  public static toValuesFile(text: string, options: VendorImportOptions = {}): VendorImport {
    const imported = importVendorManifest(text, options);
    return {
      valuesFile: imported.problems.length > 0 ? '' : valuesYaml(imported, options.source ?? 'the manifest'),
      detected: [...imported.detected],
      changes: [...imported.changes],
      warnings: [...imported.warnings],
      problems: [...imported.problems],
    };
  }

  private constructor() {}
}
