/** The subset of OpenAPI v3 (structural CRD schemas) used by the check below. */
export interface OpenApiSchema {
  readonly type?: string;
  readonly properties?: Record<string, OpenApiSchema>;
  readonly items?: OpenApiSchema;
  readonly additionalProperties?: OpenApiSchema | boolean;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly nullable?: boolean;
  readonly format?: string;
  readonly 'x-kubernetes-int-or-string'?: boolean;
}

/**
 * Strict structural validation against a CRD's openAPIV3Schema: unknown fields (the API server would prune them
 * silently), types, required fields and enums, at any depth. `metadata` is the API server's own business.
 */
export function openApiErrors(value: unknown, schema: OpenApiSchema, path = ''): string[] {
  if (value === null) {
    return schema.nullable ? [] : [`${path || '/'}: is null`];
  }
  if (schema['x-kubernetes-int-or-string']) {
    return typeof value === 'string' || Number.isInteger(value) ? [] : [`${path}: is not an integer or string`];
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  }
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: is not a string`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: is not a boolean`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: is not an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: is not a number`];
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, i) => (schema.items ? openApiErrors(item, schema.items, `${path}/${i}`) : []))
        : [`${path}: is not an array`];
    default:
      return objectErrors(value, schema, path);
  }
}

function objectErrors(value: unknown, schema: OpenApiSchema, path: string): string[] {
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    return [`${path}: is not an object`];
  }
  const record = value as Record<string, unknown>;
  const missing = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${path}/${key}: is required`);
  const fields = Object.entries(record).flatMap(([key, field]) => {
    const where = `${path}/${key}`;
    if (path === '' && key === 'metadata') {
      return [];
    }
    const property = schema.properties?.[key];
    if (property) {
      return openApiErrors(field, property, where);
    }
    if (typeof schema.additionalProperties === 'object') {
      return openApiErrors(field, schema.additionalProperties, where);
    }
    return schema.properties || schema.additionalProperties === false ? [`${where}: is not a known field`] : [];
  });
  return [...missing, ...fields];
}
