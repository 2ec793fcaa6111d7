import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, RawOperation, Roles } from '@wiz/platform';
import { CertificaatQuery } from './certificaat.query';

@ApiTags('mijn')
@Controller('mijn/resultaten')
export class CertificaatController {
  constructor(private readonly certificaat: CertificaatQuery) {}

  @Get(':resultaatId/certificaat')
  @Roles('inwoner')
  @RawOperation({
    id: 'getMijnCertificaat',
    summary:
      'The certificate of one of my results as a PDF: my name, the result, date and organisation, and a signed credential an employer can check; audited',
    status: 200,
    produces: ['application/pdf'],
    responseDescription: 'The PDF',
    errors: {
      404: 'You have no result with this id.',
      409: 'Your login carries no name to put on the certificate.',
    },
  })
  async pdf(
    @Param('resultaatId', new ParseUUIDPipe()) resultaatId: string,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const c = await this.certificaat.maak(wie, resultaatId);
    void reply.header('Content-Type', 'application/pdf');
    void reply.header('Content-Disposition', `attachment; filename="bewijs-${c.soort}-${c.behaaldOp}.pdf"`);
    return new StreamableFile(c.pdf);
  }
}
