import { findJsonShapeProblem } from './json-shape';

describe('findJsonShapeProblem', () => {
  it('finds a key given twice in any object, however it is escaped, and names where', () => {
    expect(findJsonShapeProblem('{"gegeven": true, "gegeven": false}', 32)).toEqual({
      kind: 'duplicate-key',
      path: 'gegeven',
    });
    expect(findJsonShapeProblem('{"a": [{"b": 1}, {"b": 2, "c": {"d": 1, "\\u0064": 2}}]}', 32)).toEqual({
      kind: 'duplicate-key',
      path: 'a.1.c.d',
    });
  });

  it('passes the same key in different objects, keys that only look alike, and strings holding quotes and braces', () => {
    expect(findJsonShapeProblem('[{"a": 1}, {"a": 2}]', 32)).toBeUndefined();
    expect(findJsonShapeProblem('{"a": {"a": {"a": 1}}, "b": "a"}', 32)).toBeUndefined();
    expect(findJsonShapeProblem('{"a\\"": 1, "a": "{\\"a\\": [", "b\\\\": "}"}', 32)).toBeUndefined();
    expect(findJsonShapeProblem('{"x": ["a", "a"], "y": "x"}', 32)).toBeUndefined();
  });

  it('refuses nesting past the limit, objects and arrays alike, and passes it at the limit', () => {
    expect(findJsonShapeProblem('['.repeat(3) + ']'.repeat(3), 3)).toBeUndefined();
    expect(findJsonShapeProblem('['.repeat(4) + ']'.repeat(4), 3)).toEqual({
      kind: 'too-deep',
      path: '0.0.0',
      maxDepth: 3,
    });
    expect(findJsonShapeProblem('{"a":'.repeat(6_000) + '1' + '}'.repeat(6_000), 32)).toMatchObject({
      kind: 'too-deep',
    });
    expect(findJsonShapeProblem('['.repeat(500_000), 32)).toMatchObject({ kind: 'too-deep' });
  });

  it('leaves text that is not JSON to JSON.parse', () => {
    for (const text of ['', '{', '{"a', '"\\', '}}}]]', '{"a":1}{"a":2}', '{"\\x": 1, "\\x": 2}'])
      expect(() => findJsonShapeProblem(text, 32)).not.toThrow();
  });
});
