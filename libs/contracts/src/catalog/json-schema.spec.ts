import { z } from 'zod';
import { describeType } from './field-table';
import { collectPropertyNames, toJsonSchema } from './json-schema';

describe('collectPropertyNames', () => {
  it('finds names in nested objects, arrays, unions and definitions', () => {
    const names = collectPropertyNames({
      type: 'object',
      properties: {
        a: { type: 'array', items: { type: 'object', properties: { b: { type: 'string' } } } },
        c: { anyOf: [{ type: 'object', properties: { d: { type: 'string' } } }] },
      },
      additionalProperties: { type: 'object', properties: { e: {} } },
      $defs: { X: { type: 'object', properties: { f: {} } } },
    });
    expect([...names].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('does not mistake enum values for field names', () => {
    expect([...collectPropertyNames({ type: 'object', properties: { kanaal: { enum: ['telefoon'] } } })]).toEqual([
      'kanaal',
    ]);
  });
});

describe('toJsonSchema', () => {
  it('emits draft-07 without the $schema keyword', () => {
    const schema = toJsonSchema(z.object({ n: z.number().int().min(1) }).strict());
    expect(schema.$schema).toBeUndefined();
    expect(schema).toMatchObject({ additionalProperties: false, required: ['n'] });
  });
});

describe('describeType', () => {
  it.each([
    [{ type: 'string', format: 'uuid', pattern: '^x$' }, 'string (uuid)'],
    [{ type: 'string', pattern: '^GM\\d{4}$' }, 'string (matching ^GM\\d{4}$)'],
    [{ type: 'string', enum: ['a', 'b'] }, 'one of: a, b'],
    [{ type: 'integer', minimum: 1, maximum: 6 }, 'integer, >= 1, <= 6'],
    [{ type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 }, 'integer'],
    [{ type: 'array', items: { type: 'boolean' } }, 'list of boolean'],
    [{ const: '1.0' }, 'exactly "1.0"'],
  ])('%j -> %s', (schema, expected) => {
    expect(describeType(schema)).toBe(expected);
  });
});
