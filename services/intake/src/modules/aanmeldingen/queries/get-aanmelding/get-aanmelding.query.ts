import { Injectable } from '@nestjs/common';
import { maySee, Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { AanmeldingRepository } from '../../database/aanmelding.repository';
import { AanmeldingOnbekend } from '../../domain/aanmelding-onbekend';

/** One aanmelding with its route and the situation as recorded, for the organisations that may see it. */
@Injectable()
export class GetAanmelding {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly aanmeldingen: AanmeldingRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(id: string, wie: Principal) {
    return this.transactions.run(async (manager) => {
      const found = await this.aanmeldingen.vind(manager, id);
      // Another organisation's aanmelding is answered as absent: its existence is not theirs to know.
      if (!found || !maySee(wie, [found.organisatie, found.geregistreerdDoorOrganisatie])) {
        throw new AanmeldingOnbekend(id);
      }
      // The situation holds sensitive answers (GGZ, minority, homelessness): reading it is logged like any personal data.
      await this.audit.schrijf(manager, wie, {
        actie: 'inzage',
        doel: 'dienstverlening',
        wat: { soort: 'aanmelding', id: id },
        inwonerIds: [found.inwonerId],
      });
      return {
        id: found.id,
        inwonerId: found.inwonerId,
        kanaal: found.kanaal,
        status: found.status,
        route: found.route,
        aangemeldOp: found.createdAt.toISOString(),
        ...(found.routeringsversie === null ? {} : { routeringsversie: found.routeringsversie }),
        situatie: found.situatie,
      };
    });
  }
}
