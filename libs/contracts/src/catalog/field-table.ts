import type { JsonSchema } from './json-schema';

export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

function bounds(schema: JsonSchema): string[] {
  const parts: string[] = [];
  if (schema.exclusiveMinimum !== undefined) parts.push(`> ${schema.exclusiveMinimum}`);
  if (schema.minimum !== undefined && Math.abs(schema.minimum) < Number.MAX_SAFE_INTEGER) {
    parts.push(`>= ${schema.minimum}`);
  }
  if (schema.maximum !== undefined && Math.abs(schema.maximum) < Number.MAX_SAFE_INTEGER) {
    parts.push(`<= ${schema.maximum}`);
  }
  if (schema.exclusiveMaximum !== undefined) parts.push(`< ${schema.exclusiveMaximum}`);
  if (schema.minLength !== undefined) parts.push(`length >= ${schema.minLength}`);
  if (schema.maxLength !== undefined) parts.push(`length <= ${schema.maxLength}`);
  return parts;
}

/** A short human reading of a JSON Schema type, e.g. "string (uuid)" or "one of: a, b". */
export function describeType(schema: JsonSchema): string {
  if (schema.const !== undefined) return `exactly ${JSON.stringify(schema.const)}`;
  if (schema.enum) return `one of: ${schema.enum.map(String).join(', ')}`;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(describeType).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? describeType(schema.items) : 'anything'}`;
  const base = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  // A pattern is only shown when there is no format: formats (uuid, date) already say it better.
  const detail = schema.format ?? (schema.pattern ? `matching ${schema.pattern}` : undefined);
  const parts = [detail ? `${base} (${detail})` : base, ...bounds(schema)];
  return parts.join(', ');
}

/** One row per field, nested objects flattened into dotted paths after their parent's row. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = prefix + name;
    const isObject = property.type === 'object' && property.properties !== undefined;
    const row: FieldRow = {
      path,
      type: isObject ? 'object' : describeType(property),
      required: required.has(name),
      description: property.description ?? '',
    };
    return isObject ? [row, ...fieldRows(property, `${path}.`)] : [row];
  });
}
