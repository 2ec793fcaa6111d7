import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { DeclaratieAanvraagSchema } from '../../domain';
import { MaakDeclaratieService } from './maak-declaratie.service';
import { DeclaratieInBewerking, NieuweDeclaratie } from './maak-declaratie.response';

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
  @Operation({
    id: 'maakDeclaratie',
    summary: 'Compile a claim for a scheme and period',
    status: 201,
    response: NieuweDeclaratie,
    responseDescription: 'The concept claim, compiled within the request',
    errors: { 422: 'The cost lines of the period add up to more cents than an amount can hold.' },
  })
  @ApiAcceptedResponse({
    description: 'A large claim, compiled by a job; GET /declaraties/{id} shows its progress',
    type: DeclaratieInBewerking,
  })
  async maak(
    @Body() a: DeclaratieAanvraag,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const antwoord = await this.service.maak(a, wie);
    if (antwoord.direct) return antwoord.declaratie;
    void reply.status(202);
    return { id: antwoord.id, status: 'in-bewerking' as const, voortgang: 0 as const };
  }
}
