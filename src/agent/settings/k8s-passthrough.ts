/**
 * Paths of fields in `value` that the Kubernetes type's serializer `toJson` drops: misspelt or unknown fields,
 * which would otherwise vanish silently from the manifest.
 */
export function unknownFields(value: unknown, toJson: (value: unknown) => unknown): string[] {
  let serialized: unknown;
  try {
    serialized = toJson(value);
  } catch {
    return ['(value)'];
  }
  return missing(value, serialized, '');
}

function missing(input: unknown, output: unknown, path: string): string[] {
  if (Array.isArray(input)) {
    return input.flatMap((item, i) => missing(item, Array.isArray(output) ? output[i] : undefined, `${path}[${i}]`));
  }
  if (typeof input !== 'object' || input === null) {
    return [];
  }
  const out = (typeof output === 'object' && output !== null ? output : {}) as Record<string, unknown>;
  return Object.entries(input).flatMap(([key, item]) => {
    const where = path ? `${path}.${key}` : key;
    return item !== undefined && !(key in out) ? [where] : missing(item, out[key], where);
  });
}
