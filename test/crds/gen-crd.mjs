#!/usr/bin/env node
// Generate a structural CustomResourceDefinition (apiextensions.k8s.io/v1) for one type of
// an OpenAPI v2 (swagger) spec, so a plain kube-apiserver can validate objects of that type.
//
// Used for OpenShift's SecurityContextConstraints, with the OpenShift spec shipped in the
// npm package openshift-rest-client@9.1.1 (lib/specs/openshift-openapi-spec.json.gz):
//
//   node test/crds/gen-crd.mjs SPEC.json.gz \
//     com.github.openshift.api.security.v1.SecurityContextConstraints \
//     security.openshift.io securitycontextconstraints Cluster > test/crds/scc-crd.json
//
// SPEC may be gzipped or plain JSON. Output goes to stdout.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const [specPath, definitionName, group, plural, scope = 'Namespaced'] = process.argv.slice(2);
if (!specPath || !definitionName || !group || !plural) {
  console.error('usage: gen-crd.mjs SPEC[.json.gz] DEFINITION GROUP PLURAL [Cluster|Namespaced]');
  process.exit(2);
}

const raw = readFileSync(specPath);
const isGzip = raw[0] === 0x1f && raw[1] === 0x8b;
const definitions = JSON.parse((isGzip ? gunzipSync(raw) : raw).toString('utf8')).definitions;

const REF_PREFIX = '#/definitions/';
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
// The v2 spec cannot say "nullable"; OpenShift's own CRDs allow null for these scalars
// (and for every list and nested object, handled below).
const NULLABLE_SCALARS = new Set(['priority', 'allowPrivilegeEscalation', 'defaultAllowPrivilegeEscalation']);
// Listed as required by the v2 generator although the server fills or defaults them.
const NOT_REALLY_REQUIRED = new Set(['status', 'host', 'weight']);
const COPIED_KEYS = ['type', 'format', 'enum', 'description'];

function toStructural(schema, path) {
  if (path.length > 32) throw new Error(`schema nesting too deep at ${path.join('.')}`);

  if (schema.$ref) {
    const target = schema.$ref.slice(REF_PREFIX.length);
    let resolved;
    if (target === OBJECT_META) resolved = { type: 'object' };
    else if (target === INT_OR_STRING) resolved = { 'x-kubernetes-int-or-string': true };
    else if (definitions[target]) resolved = toStructural(definitions[target], [...path, target]);
    else throw new Error(`unresolved $ref ${schema.$ref} at ${path.join('.')}`);
    // a description next to the $ref describes this use of the type: prefer it
    if (schema.description && target !== OBJECT_META) resolved = { ...resolved, description: schema.description };
    return resolved;
  }

  const out = {};
  for (const key of COPIED_KEYS) if (schema[key] !== undefined) out[key] = schema[key];

  const required = (schema.required ?? []).filter((name) => !NOT_REALLY_REQUIRED.has(name));
  if (required.length > 0) out.required = required;

  if (schema.properties) {
    out.type = 'object';
    out.properties = {};
    for (const [name, propSchema] of Object.entries(schema.properties)) {
      const prop = toStructural(propSchema, [...path, name]);
      const isRootMeta = path.length === 1 && name === 'metadata';
      if (!isRootMeta && (prop.type === 'array' || prop.type === 'object' || NULLABLE_SCALARS.has(name))) {
        prop.nullable = true;
      }
      out.properties[name] = prop;
    }
  }
  if (schema.items) out.items = toStructural(schema.items, [...path, '[]']);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    out.additionalProperties = toStructural(schema.additionalProperties, [...path, '{}']);
  }
  // structural schemas need a type on every node
  if (!out.type && !out['x-kubernetes-int-or-string']) out.type = 'object';
  return out;
}

const definition = definitions[definitionName];
if (!definition) {
  console.error(`definition ${definitionName} not found in ${specPath}`);
  process.exit(1);
}
const gvk = (definition['x-kubernetes-group-version-kind'] ?? []).find((g) => g.group === group);
if (!gvk) {
  console.error(`${definitionName} has no group-version-kind in group ${group}`);
  process.exit(1);
}

const schema = toStructural(definition, [definitionName]);
const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `${plural}.${group}` },
  spec: {
    group,
    scope,
    names: {
      kind: gvk.kind,
      listKind: `${gvk.kind}List`,
      plural,
      singular: gvk.kind.toLowerCase(),
    },
    versions: [{ name: gvk.version, served: true, storage: true, schema: { openAPIV3Schema: schema } }],
  },
};
process.stdout.write(`${JSON.stringify(crd, null, 2)}\n`);
