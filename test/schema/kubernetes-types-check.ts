import { join } from 'node:path';
import ts from 'typescript';

/** Where each built-in apiVersion's types live in kubernetes-types (Kubernetes 1.30 API surface). */
const TYPE_MODULES: Record<string, string> = {
  v1: 'core/v1',
  'apps/v1': 'apps/v1',
  'rbac.authorization.k8s.io/v1': 'rbac/v1',
  'apiextensions.k8s.io/v1': 'apiextensions/v1',
};

/** True when kubernetes-types describes the object's kind; others (e.g. OpenShift SCC) need another check. */
export function hasKubernetesType(object: { apiVersion: string }): boolean {
  return object.apiVersion in TYPE_MODULES;
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
};

/**
 * Every way the objects disagree with the Kubernetes API types: unknown fields at any depth (TypeScript's
 * excess-property check on object literals), wrong types and missing required fields. One compile for all objects.
 */
export function kubernetesTypeErrors(objects: readonly any[]): string[] {
  const fileName = join(__dirname, '__objects__.ts');
  const owners: string[] = [];
  const lines: string[] = [];
  objects.forEach((object, i) => {
    const module = TYPE_MODULES[object.apiVersion];
    if (module === undefined) {
      throw new Error(`no Kubernetes type for ${object.apiVersion} ${object.kind}`);
    }
    const text = `import type { ${object.kind} as T${i} } from 'kubernetes-types/${module}';\nexport const o${i}: T${i} = ${JSON.stringify(object, null, 1)};`;
    for (const _ of text.split('\n')) {
      owners.push(`${object.kind}/${object.metadata?.name}`);
    }
    lines.push(text);
  });
  const source = lines.join('\n');
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (
    (exists) => (f: string) =>
      f === fileName || exists(f)
  )(host.fileExists.bind(host));
  host.readFile = (f) => (f === fileName ? source : readFile(f));
  host.getSourceFile = (f, version, onError, create) =>
    f === fileName ? ts.createSourceFile(f, source, version) : getSourceFile(f, version, onError, create);
  const program = ts.createProgram([fileName], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.file?.fileName !== fileName || d.start === undefined) {
      return message;
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${owners[line]} (line ${line + 1}: ${source.split('\n')[line].trim()}): ${message}`;
  });
}
