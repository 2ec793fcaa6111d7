import type { z } from 'zod';

type Def = z.ZodTypeAny['_zod']['def'] & Record<string, unknown>;

const rebuilt = (schema: z.ZodTypeAny, changes: Record<string, unknown>): z.ZodTypeAny =>
  schema.clone({ ...(schema._zod.def as Def), ...changes });

/** The schemas a wrapper holds, by the name its definition keeps them under (zod 4). */
function withTolerantParts(schema: z.ZodTypeAny, def: Def): z.ZodTypeAny {
  const changes: Record<string, unknown> = {};
  for (const key of ['innerType', 'element', 'valueType', 'in', 'out', 'left', 'right', 'rest'] as const) {
    if (def[key]) changes[key] = tolerantSchema(def[key] as z.ZodTypeAny);
  }
  for (const key of ['options', 'items'] as const) {
    if (Array.isArray(def[key])) changes[key] = (def[key] as z.ZodTypeAny[]).map(tolerantSchema);
  }
  return Object.keys(changes).length ? rebuilt(schema, changes) : schema;
}

/**
 * The reader's variant of a producer's schema: the same fields, types, bounds and refinements, but every object
 * (however deeply nested, in arrays, unions or optionals) drops fields it does not know instead of refusing them.
 * Derived, never written twice, so what a consumer checks cannot drift from what the producer promises.
 */
export function tolerantSchema<S extends z.ZodTypeAny>(schema: S): S {
  const def = schema._zod.def as Def;
  if (def.type !== 'object') return withTolerantParts(schema, def) as S;
  const shape = Object.fromEntries(
    Object.entries(def.shape as Record<string, z.ZodTypeAny>).map(([name, field]) => [name, tolerantSchema(field)]),
  );
  // A strict object's catchall is `never`; without one, zod strips unknown keys from the result. A catchall the
  // producer typed on purpose (extra keys of one kind) stays a part of the contract.
  const catchall = def.catchall as z.ZodTypeAny | undefined;
  const kept = catchall && catchall._zod.def.type !== 'never' ? tolerantSchema(catchall) : undefined;
  return rebuilt(schema, { shape, catchall: kept }) as S;
}
