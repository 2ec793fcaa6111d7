import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Principal, Roles } from '@wiz/platform';
import { DeclaratieAanvraagSchema } from '../../domain';
import { metProblemen } from '../declaratie-probleem';
import { MaakDeclaratieService } from './maak-declaratie.service';

class DeclaratieAanvraag extends createZodDto(DeclaratieAanvraagSchema) {}

@ApiTags('declaraties')
@Controller('declaraties')
export class MaakDeclaratieController {
  constructor(private readonly service: MaakDeclaratieService) {}

  /**
   * Up to DECLARATIE_DIRECT_MAX candidate lines compile within the request (201); more run as a job (202). The claim
   * belongs to the caller's organisation and takes only that organisation's cost lines.
   */
  @Post()
  @Roles('financien', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Compile a claim for a scheme and period' })
  @ApiCreatedResponse({ description: 'The concept claim' })
  @ApiAcceptedResponse({ description: '{ id, status: in-bewerking, voortgang }' })
  async maak(
    @Body() a: DeclaratieAanvraag,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const antwoord = await metProblemen(() => this.service.maak(a, wie));
    if (antwoord.direct) return antwoord.declaratie;
    void reply.status(202);
    return { id: antwoord.id, status: 'in-bewerking', voortgang: 0 };
  }
}
