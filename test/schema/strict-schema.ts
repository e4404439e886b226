import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasKubernetesType, kubernetesTypeErrors } from './kubernetes-types-check';
import { type OpenApiSchema, openApiErrors } from './openapi-check';

/** Schemas of the custom kinds we emit, from the CRDs the real API server check registers too. */
const CRD_SCHEMAS: Record<string, OpenApiSchema> = Object.fromEntries(
  ['scc-crd.json'].map((file) => {
    const crd = JSON.parse(readFileSync(join(__dirname, '..', 'crds', file), 'utf8'));
    const version = crd.spec.versions[0];
    return [`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, version.schema.openAPIV3Schema];
  }),
);

/** Every strict-schema error in `objects`: built-in kinds against the Kubernetes types, custom kinds against their CRD. */
export function strictSchemaErrors(objects: readonly any[]): string[] {
  const custom = objects.filter((o) => !hasKubernetesType(o));
  const customErrors = custom.flatMap((o) => {
    const schema = CRD_SCHEMAS[`${o.apiVersion} ${o.kind}`];
    if (schema === undefined) {
      return [`${o.apiVersion} ${o.kind}/${o.metadata?.name}: no schema to check it against`];
    }
    return openApiErrors(o, schema).map((e) => `${o.kind}/${o.metadata?.name} ${e}`);
  });
  return [...kubernetesTypeErrors(objects.filter(hasKubernetesType).map(withoutSchemaExtensions)), ...customErrors];
}

/**
 * A CRD without the `x-kubernetes-*` extensions of its schemas, which the API server accepts but kubernetes-types'
 * JSONSchemaProps does not declare; every other field is still checked. Other objects as they are.
 */
function withoutSchemaExtensions(object: any): any {
  if (object.kind !== 'CustomResourceDefinition') {
    return object;
  }
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => !key.startsWith('x-kubernetes-'))
              .map(([key, item]) => [key, strip(item)]),
          )
        : value;
  return { ...object, spec: { ...object.spec, versions: strip(object.spec?.versions) } };
}
