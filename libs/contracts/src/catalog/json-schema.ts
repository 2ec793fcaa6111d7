import { z } from 'zod';
import type { EventDefinition } from '../events/define-event';

/** The subset of JSON Schema that zod emits for our contracts and that the catalog reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/**
 * JSON Schema draft-07 (the base of AsyncAPI 3.0's schema format) generated from a zod schema.
 * The $schema keyword is dropped because the schema is embedded in a larger document.
 */
export function toJsonSchema(schema: z.ZodTypeAny): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-07' }) as JsonSchema;
  return rest;
}

export function payloadJsonSchema(def: EventDefinition): JsonSchema {
  return toJsonSchema(def.schema);
}

/** Every property name anywhere in the schema, however deeply nested or combined. */
export function collectPropertyNames(schema: JsonSchema): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
      Object.keys(properties).forEach((name) => names.add(name));
    }
    // Visiting every value reaches items, anyOf, $defs, additionalProperties and whatever comes next.
    Object.values(record).forEach(visit);
  };
  visit(schema);
  return names;
}
