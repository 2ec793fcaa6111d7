import { z } from 'zod';

/** CBS municipality code, for example GM0014 (Groningen). */
export const GEMEENTECODE_PATTERN = /^GM\d{4}$/;

export const GemeentecodeSchema = z
  .string()
  .regex(GEMEENTECODE_PATTERN, { error: 'must be a CBS gemeentecode such as GM0014' })
  .describe('CBS gemeentecode, for example GM0014');

export type Gemeentecode = z.infer<typeof GemeentecodeSchema>;
