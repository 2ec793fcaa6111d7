import { z } from 'zod';
import { VACATURE_STATUSSEN } from '../domain/vacature-status';

/** An employer as every read of this context shows it (werkgeverView). */
export const WerkgeverSchema = z.object({
  id: z.uuid(),
  kvkNummer: z.string(),
  naam: z.string(),
  gemeentecode: z.string(),
  sbiCode: z.string().nullable(),
  strategischPartner: z.boolean(),
});

/** A vacancy's own fields; getVacature adds its employer. */
export const VacatureSchema = z.object({
  id: z.uuid(),
  titel: z.string(),
  urenPerWeek: z.number(),
  aantal: z.number().int(),
  skills: z.array(z.string()).describe('codes and normalised free skills, as matched'),
  skillsIngevoerd: z.array(z.string()).describe('as sent'),
  openHiring: z.boolean(),
  cvLoos: z.boolean(),
  geschiktVoorAfspraakbaan: z.boolean(),
  status: z.enum(VACATURE_STATUSSEN),
  statusReden: z.string().nullable().describe('why the status was last set by hand'),
  vervuld: z.number().int().describe('placements on it that have not ended (of `aantal` places)'),
});
