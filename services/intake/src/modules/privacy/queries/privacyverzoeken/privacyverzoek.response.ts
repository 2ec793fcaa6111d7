import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PRIVACYVERZOEK_SOORTEN } from '../../domain/privacyverzoek';

export const PrivacyverzoekSchema = z.object({
  id: z.uuid(),
  inwonerId: z.uuid(),
  soort: z.enum(PRIVACYVERZOEK_SOORTEN),
  reden: z.string(),
  ingediendDoor: z.string().describe("The privacy officer's subject"),
  ingediendDoorOrganisatie: z.string(),
  ingediendOp: z.iso.datetime(),
  opgehevenDoorVerzoek: z.uuid().optional().describe('A restriction: the request that lifted it'),
});

export class PrivacyverzoekResponse extends createZodDto(PrivacyverzoekSchema) {}

export class PrivacyverzoekenPagina extends createZodDto(
  z.object({
    items: z.array(PrivacyverzoekSchema),
    pagina: z.number().int(),
    paginagrootte: z.number().int(),
    totaal: z.number().int(),
  }),
) {}
