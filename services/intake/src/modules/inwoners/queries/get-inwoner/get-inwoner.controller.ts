import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { INZAGEDOELEN } from '../../domain/inzagedoel';
import { etagVan } from '../../domain/versie';
import type { InwonerView } from '../inwoner.view';
import { Inwoner } from './get-inwoner.response';
import { GetInwoner } from './get-inwoner.query';

class InwonerVraag extends createZodDto(
  z
    .object({
      doel: z
        .enum(INZAGEDOELEN)
        .optional()
        .describe('why the person is read, kept in the audit log; required for a consulent or teamleider'),
    })
    .strict(),
) {}

@ApiTags('inwoners')
@Controller('inwoners')
export class GetInwonerController {
  constructor(private readonly inwoner: GetInwoner) {}

  @Get(':inwonerId')
  @Roles('frontoffice', 'beheer', 'consulent', 'teamleider', 'privacy')
  @Operation({
    id: 'getInwoner',
    summary: 'One inwoner with consents and aanmeldingen (audited read)',
    description:
      'Front office and beheer: through the aanmeldingen their organisation sees. A consulent or teamleider: the ' +
      'person of a traject their organisation holds and that is assigned to them or their team, with hulpvraag and ' +
      'situation and without BSN, for the purpose in `doel`. The privacy officer reads any inwoner, also one whose ' +
      'processing is restricted (everyone else: 403).',
    status: 200,
    response: Inwoner,
    etag: true,
    errors: { 404: 'No inwoner with this id that the caller may see.' },
  })
  async getInwoner(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Query() vraag: InwonerVraag,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InwonerView> {
    const inwoner = await this.inwoner.execute(inwonerId, wie, vraag.doel);
    void reply.header('ETag', etagVan(inwoner.versie));
    return inwoner;
  }
}
