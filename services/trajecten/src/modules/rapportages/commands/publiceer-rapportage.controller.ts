import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  CurrentPrincipal,
  Idempotent,
  Operation,
  Principal,
  problemException,
  Roles,
  TransactionRunner,
} from '@wiz/platform';
import { RapportageOpslag, sha256 } from '../database/rapportage-opslag';
import { rapportPdf } from '../documenten/rapport-pdf';
import { rapportXlsx } from '../documenten/rapport-xlsx';
import { RapportSamensteller } from '../queries/rapport-samensteller';
import { PubliceerVerzoek } from '../queries/rapportage-vragen';
import { Rapportage } from '../queries/rapportages.response';

/**
 * Publishing freezes a report: the figures as computed now, their definition version and the PDF and XLSX made from
 * them are stored once and served as stored ever after. Publishing a periode and gemeente again is a correction:
 * a new version, which must say why (without a reason: 409 naming the current version). The monitor role may
 * publish: it is the programme's reporting staff, who sign the figures; beheer may as well.
 */
@ApiTags('rapportages')
@Controller('rapportages')
export class PubliceerRapportageController {
  constructor(
    private readonly samensteller: RapportSamensteller,
    private readonly opslag: RapportageOpslag,
    private readonly transactions: TransactionRunner,
  ) {}

  @Post()
  @Roles('monitor', 'beheer')
  @Idempotent()
  @Operation({
    id: 'publiceerRapportage',
    summary:
      'Publish (freeze) the report for a half year or quarter and a gemeente or the region; again = a new version with a reason',
    status: 201,
    response: Rapportage,
    errors: {
      409: 'This periode and gemeente were published before and no reden was given (bestaandId: the current version); of two simultaneous first publications one gets this',
    },
  })
  async publiceer(@Body() body: PubliceerVerzoek, @CurrentPrincipal() wie: Principal) {
    const rapport = await this.samensteller.stelSamen(body.periode, body.gemeentecode);
    return this.transactions.run(async (m) => {
      const vorige = await this.opslag.laatsteVersie(m, rapport.periode, rapport.gemeentecode);
      if (vorige && !body.reden) {
        throw problemException(
          409,
          `Version ${vorige.versie} of this report is published; a correction is a new version and needs a reden.`,
          {
            bestaandId: vorige.id,
            errors: [{ field: 'reden', message: 'required for a correction' }],
          },
        );
      }
      const id = randomUUID();
      const versie = (vorige?.versie ?? 0) + 1;
      const gepubliceerdOp = new Date();
      const uitgave = { versie, gepubliceerdDoor: wie.subject, gepubliceerdOp: gepubliceerdOp.toISOString() };
      const bestanden = { pdf: await rapportPdf(rapport, uitgave), xlsx: await rapportXlsx(rapport, uitgave) };
      await this.opslag.bewaar(m, { id, versie, reden: body.reden ?? null, rapport, gepubliceerdOp, bestanden }, wie);
      return {
        id,
        periode: rapport.periode,
        gemeentecode: rapport.gemeentecode,
        versie,
        reden: body.reden ?? null,
        definitieVersie: rapport.definitieVersie,
        gepubliceerdDoor: wie.subject,
        gepubliceerdOp: uitgave.gepubliceerdOp,
        sha256: { pdf: sha256(bestanden.pdf), xlsx: sha256(bestanden.xlsx) },
      };
    });
  }
}
