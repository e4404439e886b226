import { parseAllDocuments } from 'yaml';
import type { AgentOptions } from '../agent/settings/agent-options';
import { appFromValuesFile } from '../app/app';
import { ProblemsError } from '../checking/problem';
import type { ManifestObject } from '../import/manifest-objects';

/** A values file rendered in memory: the manifest as `synth` writes it, or the problems that refused it. */
export type Rendered = { readonly yaml: string } | { readonly problems: string };

/**
 * The manifest of a values file as one multi-document YAML stream: byte for byte the file `synth` writes
 * (`nsx-node-agent.k8s.yaml`), written nowhere. `adjust` changes each agent's options before they are checked,
 * e.g. to render the same file for another NCP release. Problems come back as their message; anything else
 * thrown is a defect and is thrown on.
 */
export function renderValuesFile(file: string, adjust?: (props: AgentOptions) => AgentOptions): Rendered {
  try {
    return { yaml: appFromValuesFile(file, undefined, adjust).synthYaml() };
  } catch (error) {
    if (error instanceof ProblemsError) {
      return { problems: error.message };
    }
    throw error;
  }
}

/** The objects of a rendered manifest, as a reader of the stream (`oc apply -f -`) sees them. */
export function objectsOfYaml(yaml: string): ManifestObject[] {
  return parseAllDocuments(yaml)
    .map((document) => document.toJS() as ManifestObject)
    .filter((object) => object !== null && object !== undefined);
}

/** How many objects a manifest holds, as `synth` reports it. */
export function objectCount(yaml: string): number {
  return yaml.split(/^---$/m).length;
}
