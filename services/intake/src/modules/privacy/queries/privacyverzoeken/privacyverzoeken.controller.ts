import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { PRIVACYVERZOEK_SOORTEN } from '../../domain/privacyverzoek';
import { PrivacyverzoekenPagina } from './privacyverzoek.response';
import { PrivacyverzoekenLijst } from './privacyverzoeken.query';

class PrivacyverzoekenVraag extends createZodDto(
  z
    .object({
      inwonerId: z.uuid().optional(),
      soort: z.enum(PRIVACYVERZOEK_SOORTEN).optional(),
      pagina: z.coerce.number().int().min(1).default(1),
      paginagrootte: z.coerce.number().int().min(1).max(100).default(20),
    })
    .strict(),
) {}

@ApiTags('privacy')
@Controller('privacyverzoeken')
export class PrivacyverzoekenController {
  constructor(private readonly lijst: PrivacyverzoekenLijst) {}

  @Get()
  @Roles('privacy')
  @Operation({
    id: 'lijstPrivacyverzoeken',
    summary: 'Erasure and restriction requests, newest first (audited read)',
    status: 200,
    response: PrivacyverzoekenPagina,
  })
  lijstVerzoeken(@Query() vraag: PrivacyverzoekenVraag, @CurrentPrincipal() wie: Principal) {
    return this.lijst.execute(vraag, wie);
  }
}
