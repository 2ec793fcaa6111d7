import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema, HuisnummerSchema, PostcodeSchema, TelefoonSchema } from '@wiz/contracts';

const naam = z.string().trim().min(1, 'must not be empty').max(200);

export const CorrigeerInwonerSchema = z
  .object({
    voornaam: naam.optional(),
    achternaam: naam.optional(),
    adres: z
      .object({ postcode: PostcodeSchema, huisnummer: HuisnummerSchema, gemeentecode: GemeentecodeSchema })
      .strict()
      .optional()
      .describe('the whole new address; another gemeentecode is a move (inwoner-verhuisd)'),
    contact: z
      .object({
        email: z.email().max(320).nullable().optional().describe('null removes it'),
        telefoon: TelefoonSchema.nullable().optional().describe('null removes it'),
      })
      .strict()
      .optional(),
    reden: z.string().trim().min(1, 'must not be empty').max(1_000).describe('why, kept in the history'),
  })
  .strict();

export class CorrigeerInwonerRequest extends createZodDto(CorrigeerInwonerSchema) {}
