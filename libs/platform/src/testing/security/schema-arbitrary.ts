import fc from 'fast-check';

/** A JSON Schema as OpenAPI 3 carries it (the subset nestjs-zod writes: types, enums, bounds, formats, patterns, $ref). */
export type JsonSchema = Record<string, any>;

/** Where `$ref`s point: the OpenAPI document (`#/components/schemas/...`). */
export interface SchemaDocument {
  components?: { schemas?: Record<string, JsonSchema> };
  [key: string]: unknown;
}

const MAX_DEPTH = 6;

/** The schema behind a `$ref` (JSON pointer into the document), followed until it is not a reference. */
export function resolveSchema(schema: JsonSchema | undefined, document: SchemaDocument): JsonSchema {
  let current = schema ?? {};
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, not ${ref}`);
    const target = ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
        document,
      );
    if (!target || typeof target !== 'object') throw new Error(`$ref ${ref} points at nothing`);
    const { $ref: _ignored, ...siblings } = current;
    current = { ...(target as JsonSchema), ...siblings };
  }
  return current;
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.enum || 'const' in schema) return [];
  if (schema.properties || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/** Values that satisfy the schema (as far as JSON Schema says: refinements in code may still refuse them). */
export function validValue(schema: JsonSchema | undefined, document: SchemaDocument, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema, document);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (Array.isArray(alternatives) && alternatives.length)
    return fc.oneof(...alternatives.map((a: JsonSchema) => validValue(a, document, depth + 1)));
  if (Array.isArray(s.allOf) && s.allOf.length) return validValue(mergeAllOf(s, document), document, depth);
  const types = typesOf(s);
  if (types.length === 0) return depth >= MAX_DEPTH ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...s, type }, document, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return validInteger(s);
    case 'number':
      return validNumber(s);
    case 'string':
      return validString(s);
    case 'array': {
      const minLength = s.minItems ?? 0;
      if (depth >= MAX_DEPTH) return fc.constant([]);
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? minLength + 4, minLength + 4));
      return fc.array(validValue(s.items, document, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return validObject(s, document, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validObject(s: JsonSchema, document: SchemaDocument, depth: number): fc.Arbitrary<unknown> {
  const properties: Record<string, JsonSchema> = s.properties ?? {};
  const required: string[] = s.required ?? [];
  if (depth >= MAX_DEPTH) return fc.constant({});
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) model[name] = validValue(property, document, depth + 1);
  const known = fc.record(model, { requiredKeys: required.filter((k) => k in model) });
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    const extra = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !(k in properties)),
      validValue(s.additionalProperties, document, depth + 1),
      { maxKeys: 3 },
    );
    return fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...a }));
  }
  return known;
}

function mergeAllOf(s: JsonSchema, document: SchemaDocument): JsonSchema {
  const parts = (s.allOf as JsonSchema[]).map((p) => resolveSchema(p, document));
  const { allOf: _ignored, ...rest } = s;
  return parts.reduce<JsonSchema>(
    (merged, p) => ({
      ...merged,
      ...p,
      properties: { ...merged.properties, ...p.properties },
      required: [...(merged.required ?? []), ...(p.required ?? [])],
    }),
    rest,
  );
}

function bounds(s: JsonSchema): { min: number; max: number; exclusiveMin: boolean; exclusiveMax: boolean } {
  // OpenAPI 3.0 writes exclusiveMinimum: true beside minimum; JSON Schema 2020-12 writes exclusiveMinimum: <number>.
  const exclusiveMin = typeof s.exclusiveMinimum === 'number' || s.exclusiveMinimum === true;
  const exclusiveMax = typeof s.exclusiveMaximum === 'number' || s.exclusiveMaximum === true;
  const min = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : (s.minimum ?? -Number.MAX_SAFE_INTEGER);
  const max = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : (s.maximum ?? Number.MAX_SAFE_INTEGER);
  return {
    min: Math.max(min, -Number.MAX_SAFE_INTEGER),
    max: Math.min(max, Number.MAX_SAFE_INTEGER),
    exclusiveMin,
    exclusiveMax,
  };
}

function validInteger(s: JsonSchema): fc.Arbitrary<number> {
  const b = bounds(s);
  const min = Math.ceil(b.exclusiveMin ? Math.floor(b.min) + 1 : b.min);
  const max = Math.floor(b.exclusiveMax ? Math.ceil(b.max) - 1 : b.max);
  if (min > max) return fc.constant(min);
  // Mostly small numbers near the lower bound (the values real requests carry), sometimes the extremes.
  const near = fc.integer({ min, max: Math.min(max, min + 1_000) });
  return fc.oneof(
    { weight: 4, arbitrary: near },
    { weight: 1, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

function validNumber(s: JsonSchema): fc.Arbitrary<number> {
  const b = bounds(s);
  const double = fc.double({
    min: b.min,
    max: b.max,
    noNaN: true,
    noDefaultInfinity: true,
    minExcluded: b.exclusiveMin,
    maxExcluded: b.exclusiveMax,
  });
  // Decimal values with few digits, as forms send them (and as "at most two decimals" rules expect).
  const decimal = fc
    .integer({ min: Math.ceil(Math.max(b.min, -1e6) * 100), max: Math.floor(Math.min(b.max, 1e6) * 100) })
    .map((n) => n / 100)
    .filter((n) => (b.exclusiveMin ? n > b.min : n >= b.min) && (b.exclusiveMax ? n < b.max : n <= b.max));
  return Math.max(b.min, -1e6) <= Math.min(b.max, 1e6)
    ? fc.oneof({ weight: 3, arbitrary: decimal }, { weight: 1, arbitrary: double })
    : double;
}

const isoDate = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
});

function validString(s: JsonSchema): fc.Arbitrary<string> {
  const minLength: number = s.minLength ?? 0;
  const maxLength: number = s.maxLength ?? Math.max(minLength, 40);
  const fits = (v: string) => v.length >= minLength && v.length <= maxLength;
  let base: fc.Arbitrary<string>;
  switch (s.format) {
    case 'date':
      base = isoDate.map((d) => d.toISOString().slice(0, 10));
      break;
    case 'date-time':
      base = isoDate.map((d) => d.toISOString());
      break;
    case 'uuid':
      base = fc.uuid();
      break;
    case 'email':
      base = fc.emailAddress();
      break;
    case 'uri':
    case 'url':
      base = fc.webUrl();
      break;
    default:
      base = s.pattern
        ? fc.stringMatching(new RegExp(s.pattern))
        : fc.string({
            minLength,
            maxLength: Math.min(maxLength, minLength + 40),
            unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'éëïĳ".split('')),
          });
  }
  return base.filter(fits);
}

/** A value of another JSON type than the schema allows. */
function wrongType(s: JsonSchema): fc.Arbitrary<unknown> {
  const types = typesOf(s);
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.constantFrom('', 'x', '0', 'true', 'null', '1e400'),
    number: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE),
    integer: fc.constantFrom(0, -1, 2 ** 31, 2 ** 63),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.constantFrom([], [null], [[]]),
    object: fc.constantFrom({}, { a: 1 }, JSON.parse('{"__proto__":{"polluted":true}}')),
  };
  const numeric = types.includes('number') || types.includes('integer');
  const others = Object.entries(all)
    .filter(([type]) => !types.includes(type) && !(numeric && (type === 'number' || type === 'integer')))
    .map(([, arbitrary]) => arbitrary);
  // A schema that allows every type has no wrong type; then odd values have to do.
  return others.length ? fc.oneof(...others) : fc.constantFrom(null, {}, [], '');
}

/** Values that break the schema in one way only: this node's type, bounds, format, pattern, enum or shape. */
export function brokenValue(schema: JsonSchema | undefined, document: SchemaDocument): fc.Arbitrary<unknown> {
  const s = resolveSchema(schema, document);
  const ways: fc.Arbitrary<unknown>[] = [wrongType(s)];
  if (Array.isArray(s.enum))
    ways.push(fc.constantFrom('', 'onbekend', 'ANDERS', `${String(s.enum[0]).toUpperCase()} `, ' '));
  const types = typesOf(s);
  if (types.includes('string')) {
    if (s.maxLength !== undefined)
      ways.push(fc.constantFrom('x'.repeat(s.maxLength + 1), 'é'.repeat(s.maxLength + 1), '𝄞'.repeat(s.maxLength + 1)));
    if (s.minLength) ways.push(fc.constant('x'.repeat(s.minLength - 1)));
    if (s.format || s.pattern) {
      ways.push(
        fc.constantFrom(
          '',
          ' ',
          'not-valid',
          '2024-02-30',
          '2023-02-29',
          '0000-00-00',
          '9999-99-99',
          '2026-1-1',
          '12345678-1234-1234-1234-12345678901z',
          '@',
          'a@',
          '../../etc/passwd',
          "' OR 1=1 --",
          '\u0000',
          '١٢٣٤',
        ),
        fc.string({ unit: 'binary', maxLength: 30 }).filter((v) => !new RegExp(s.pattern ?? '^$').test(v)),
      );
    }
  }
  if (types.includes('integer') || types.includes('number')) {
    const b = bounds(s);
    const out: number[] = [-1e308, 1e308, -(2 ** 63), 2 ** 63];
    if (s.minimum !== undefined || s.exclusiveMinimum !== undefined)
      out.push(b.min - 1, b.exclusiveMin ? b.min : b.min - 0.01);
    if (s.maximum !== undefined || s.exclusiveMaximum !== undefined)
      out.push(b.max + 1, b.exclusiveMax ? b.max : b.max + 0.01);
    if (types.includes('integer') && !types.includes('number')) out.push(0.5, 1.0000001, b.min + 0.5);
    ways.push(fc.constantFrom(...out.filter((n) => Number.isFinite(n))));
  }
  if (types.includes('array')) {
    if (s.minItems) ways.push(fc.constant([]));
    if (s.maxItems !== undefined) ways.push(fc.constant(Array.from({ length: s.maxItems + 1 }, () => null)));
    ways.push(fc.constantFrom([{}], [[]], [null], ['x'.repeat(300)]));
  }
  if (types.includes('object')) {
    const required: string[] = s.required ?? [];
    const properties = Object.keys(s.properties ?? {});
    ways.push(
      fc.constantFrom(
        {},
        { onbekendVeld: 1 },
        { constructor: { prototype: { polluted: true } } },
        JSON.parse('{"__proto__": {"polluted": true}}'),
      ),
    );
    if (required.length)
      ways.push(fc.constant(Object.fromEntries(properties.filter((p) => p !== required[0]).map((p) => [p, null]))));
  }
  return fc.oneof(...ways);
}

/** Every path (property names and array indexes) to a node of `value` that the schema describes. */
function schemaPaths(
  value: unknown,
  schema: JsonSchema | undefined,
  document: SchemaDocument,
  depth = 0,
): { path: (string | number)[]; schema: JsonSchema }[] {
  const s = resolveSchema(schema, document);
  const here = [{ path: [] as (string | number)[], schema: s }];
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return here;
  if (Array.isArray(value)) {
    return [
      ...here,
      ...value.flatMap((item, i) =>
        schemaPaths(item, s.items, document, depth + 1).map((p) => ({ ...p, path: [i, ...p.path] })),
      ),
    ];
  }
  const properties: Record<string, JsonSchema> = s.properties ?? {};
  const paths = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    properties[k]
      ? schemaPaths(v, properties[k], document, depth + 1).map((p) => ({ ...p, path: [k, ...p.path] }))
      : [],
  );
  // A property the value leaves out can be broken too (it then appears, wrong).
  const absent = Object.entries(properties)
    .filter(([k]) => !(k in value))
    .map(([k, p]) => ({ path: [k], schema: resolveSchema(p, document) }));
  return [...here, ...paths, ...absent];
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

function removeAt(value: unknown, path: (string | number)[]): unknown {
  if (path.length === 1 && value && typeof value === 'object' && !Array.isArray(value)) {
    const { [path[0]]: _removed, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  if (path.length === 0 || !value || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...value };
  copy[head] = removeAt(copy[head], rest);
  return copy;
}

/**
 * A valid value with exactly one thing wrong: one node (any depth) replaced by a broken value for its schema, a
 * required property removed, or an unknown property added.
 */
export function oneFieldBroken(
  valid: fc.Arbitrary<unknown>,
  schema: JsonSchema | undefined,
  document: SchemaDocument,
): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const paths = schemaPaths(value, schema, document);
    const replace = fc
      .constantFrom(...paths)
      .chain(({ path, schema: s }) => brokenValue(s, document).map((broken) => setAt(value, path, broken)));
    const removable = paths.filter((p) => p.path.length > 0 && typeof p.path[p.path.length - 1] === 'string');
    const remove = removable.length ? fc.constantFrom(...removable).map(({ path }) => removeAt(value, path)) : replace;
    const objects = paths.filter((p) => typesOf(p.schema).includes('object'));
    const addUnknown = objects.length
      ? fc
          .tuple(fc.constantFrom(...objects), fc.constantFrom('onbekend', 'id', 'organisatie', 'isAdmin', 'rollen'))
          .map(([{ path }, key]) => {
            const target = path.reduce<any>((node, k) => node?.[k], value);
            return target && typeof target === 'object' && !Array.isArray(target)
              ? setAt(value, path, { ...target, [key]: 'x' })
              : value;
          })
      : replace;
    return fc.oneof(
      { weight: 5, arbitrary: replace },
      { weight: 1, arbitrary: remove },
      { weight: 1, arbitrary: addUnknown },
    );
  });
}

// The last one is over the default body limit (1 MiB): 413, as problem+json.
const HUGE = ['x'.repeat(200_000), 'é'.repeat(100_000), '🙂'.repeat(50_000), 'x'.repeat(1_100_000)];

/** Anything at all: any JSON, deep nesting, huge and odd unicode strings, prototype keys, numbers JSON cannot hold exactly. */
export function junkValue(): fc.Arbitrary<unknown> {
  const oddString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.constantFrom(
      '\u0000',
      '\uFEFF',
      '\u202E',
      '\uD800',
      'null',
      'undefined',
      '<script>alert(1)</script>',
      "'; DROP TABLE x; --",
      '${jndi:x}',
      '%00',
      '../',
    ),
    fc.constantFrom(...HUGE),
  );
  const deep = fc.nat({ max: 3_000 }).map((n) => JSON.parse('['.repeat(n + 50) + ']'.repeat(n + 50)));
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue() },
    { weight: 2, arbitrary: fc.anything() },
    { weight: 2, arbitrary: oddString },
    { weight: 1, arbitrary: fc.dictionary(oddString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 5 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        JSON.parse('{"__proto__":{"isAdmin":true}}'),
        { constructor: { prototype: { x: 1 } } },
        { toString: 1, valueOf: 'x', hasOwnProperty: null },
      ),
    },
    { weight: 1, arbitrary: deep },
  );
}

/** What one generated request body is. */
export interface GeneratedBody {
  kind: 'valid' | 'example' | 'broken' | 'junk' | 'raw';
  contentType: string;
  /** The serialized body; undefined sends none. */
  payload: string | Buffer | undefined;
}

const json =
  (kind: GeneratedBody['kind']) =>
  (value: unknown): GeneratedBody => ({ kind, contentType: 'application/json', payload: serialize(value) });

function serialize(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const RAW_JSON_TEXT = [
  '',
  ' ',
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}{"b":2}',
  '{"a":1,}',
  "{'a':1}",
  '\u0000',
  '{"a":"\\ud800"}',
  '1e999999',
  '--',
  '{"__proto__":{"x":1}}',
  '[]'.repeat(10),
];

/**
 * Request bodies for a JSON operation: schema-valid values, the given example (a known good body), one field
 * broken (from either), anything at all, and raw text that is not JSON or comes with another content type.
 */
export function jsonBodies(
  schema: JsonSchema | undefined,
  document: SchemaDocument,
  example?: unknown,
): fc.Arbitrary<GeneratedBody> {
  const valid = schema ? validValue(schema, document) : fc.jsonValue({ maxDepth: 2 });
  const raw = fc.oneof(
    fc
      .constantFrom(...RAW_JSON_TEXT)
      .map((text): GeneratedBody => ({ kind: 'raw', contentType: 'application/json', payload: text })),
    fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          'text/csv',
        ),
        fc.string({ maxLength: 40 }),
      )
      .map(([contentType, text]): GeneratedBody => ({ kind: 'raw', contentType, payload: text })),
    fc.constant<GeneratedBody>({ kind: 'raw', contentType: 'application/json', payload: undefined }),
  );
  const arbitraries = [
    { weight: 3, arbitrary: valid.map(json('valid')) },
    { weight: 4, arbitrary: oneFieldBroken(valid, schema ?? {}, document).map(json('broken')) },
    { weight: 3, arbitrary: junkValue().map(json('junk')) },
    { weight: 1, arbitrary: raw },
  ];
  if (example !== undefined) {
    arbitraries.push({ weight: 1, arbitrary: fc.constant(example).map(json('example')) });
    arbitraries.push({
      weight: 4,
      arbitrary: oneFieldBroken(fc.constant(example), schema ?? {}, document).map(json('broken')),
    });
  }
  return fc.oneof(...arbitraries);
}

/**
 * Bodies for an upload operation (CSV, XLSX): text built from the example's header with odd cells, random text
 * and bytes, a zip signature with garbage after it, in each declared content type and some others.
 */
export function uploadBodies(contentTypes: string[], example?: string | Buffer): fc.Arbitrary<GeneratedBody> {
  const header = typeof example === 'string' ? example.split(/\r?\n/)[0] : 'a,b,c';
  const cell = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', '"', '""', '"a""b"', '-1', '1e400', '12.345', '=cmd|x', '\u0000', 'é'.repeat(50)),
    fc.integer().map(String),
  );
  const csv = fc
    .array(fc.array(cell, { minLength: 0, maxLength: header.split(',').length + 2 }), { maxLength: 6 })
    .map((rows) => [header, ...rows.map((r) => r.join(','))].join('\n'));
  const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b));
  const zipLike = fc
    .uint8Array({ maxLength: 200 })
    .map((b) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(b)]));
  const payloads: fc.Arbitrary<string | Buffer>[] = [
    csv,
    fc.string({ unit: 'binary', maxLength: 200 }),
    bytes,
    zipLike,
  ];
  if (example !== undefined) payloads.push(fc.constant(example));
  const types = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...contentTypes) },
    { weight: 1, arbitrary: fc.constantFrom('application/json', 'application/octet-stream', 'text/plain') },
  );
  return fc
    .tuple(types, fc.oneof(...payloads))
    .map(([contentType, payload]): GeneratedBody => ({ kind: 'raw', contentType, payload }));
}

/** Values for a path parameter: the existing one (so the handler runs), ids that exist nowhere, and junk. */
export function pathParamValues(existing: string | undefined, schema?: JsonSchema): fc.Arbitrary<string> {
  const junk = fc.oneof(
    fc.uuid(),
    fc.constantFrom(
      '0',
      '-1',
      '1.5',
      '99999999999999999999',
      '2147483648',
      'null',
      'undefined',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '%00',
      '..',
      'é',
      '🙂',
      ' ',
      'a'.repeat(300),
      "1' OR '1'='1",
    ),
    fc.integer().map(String),
    fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }),
  );
  const typed =
    schema?.type === 'number' || schema?.type === 'integer' ? fc.integer({ min: -10, max: 2 ** 40 }).map(String) : junk;
  return existing === undefined
    ? fc.oneof(typed, junk)
    : fc.oneof(
        { weight: 2, arbitrary: fc.constant(existing) },
        { weight: 1, arbitrary: typed },
        { weight: 1, arbitrary: junk },
      );
}
