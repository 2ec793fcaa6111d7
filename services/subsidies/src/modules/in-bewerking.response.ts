import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The 202 of a request whose work runs as a job: what to follow, and its progress (0 when it is accepted). */
export const InBewerkingSchema = z.object({
  id: z.uuid(),
  status: z.literal('in-bewerking'),
  voortgang: z.number().int().min(0).max(100),
});

/**
 * The response DTO of an operation that answers its result (201) or, when a job does the work, InBewerkingSchema
 * (202). A class cannot extend a union, so the DTO gets its name here: the name the OpenAPI document lists it under.
 */
export function resultaatOfInBewerking<T extends z.ZodType>(name: string, resultaat: T, uitleg: string) {
  const dto = createZodDto(z.union([resultaat, InBewerkingSchema]).describe(uitleg));
  Object.defineProperty(dto, 'name', { value: name });
  return dto;
}
