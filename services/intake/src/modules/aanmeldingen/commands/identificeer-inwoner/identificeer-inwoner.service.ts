import { Inject, Injectable } from '@nestjs/common';
import { AanmeldingAfgerond, Kanaal, kalenderdag } from '@wiz/contracts';
import { AuditTrail, Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { AanmeldingRepository } from '../../database/aanmelding.repository';
import { aanmeldingAfgerond } from '../../domain/aanmelding-afgerond';
import { eisIdentiteitPastBij } from '../../domain/antwoorden-controle';
import type { IntakeSituatie } from '../../domain/aanmelding.types';
import type { InwonerGegevens } from '../../../inwoners/domain/inwoner-gegevens';
import {
  INWONERIDENTIFICATIE,
  INWONERREGISTER,
  type Inwoneridentificatie,
  type Inwonerregister,
} from '../../../inwoners/inwonerregister.port';

export interface Identificatieresultaat {
  inwonerId: string;
  samengevoegd: boolean;
  aanmeldingIds: string[];
  identiteitTeControleren: boolean;
}

/**
 * An anonymous person is identified (issue 19): the inwoners context decides who they are (merged into an existing
 * inwoner or identified in place), the waiting aanmeldingen capture the identity, and each one's aanmelding-afgerond
 * is published now, as that person, with what is derived on its own date; one transaction.
 */
@Injectable()
export class IdentificeerInwoner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly aanmeldingen: AanmeldingRepository,
    @Inject(INWONERIDENTIFICATIE) private readonly identificatie: Inwoneridentificatie,
    @Inject(INWONERREGISTER) private readonly inwoners: Inwonerregister,
    private readonly audit: AuditTrail,
  ) {}

  execute(anoniemId: string, identiteit: InwonerGegevens, wie: Principal): Promise<Identificatieresultaat> {
    return this.transactions.run(async (m) => {
      // Who may identify the record first: what its aanmeldingen said is told only to them.
      await this.identificatie.eisTeIdentificeren(m, anoniemId, wie);
      const wachtend = await this.aanmeldingen.wachtOpIdentificatie(m, anoniemId);
      for (const a of wachtend)
        eisIdentiteitPastBij(
          { dag: kalenderdag(a.createdAt), situatie: a.situatie as unknown as IntakeSituatie },
          identiteit,
        );
      const uitkomst = await this.identificatie.identificeer(m, anoniemId, identiteit, wie);
      const { inwonerId, afwijkendeVelden } = uitkomst;
      await this.aanmeldingen.vulIdentiteitIn(
        m,
        wachtend.map((a) => a.id),
        identiteit,
      );
      for (const a of wachtend) {
        if (afwijkendeVelden.length > 0)
          await this.inwoners.openIdentiteitscontrole(m, a.id, inwonerId, afwijkendeVelden);
        const situatie = a.situatie as unknown as IntakeSituatie;
        const data = aanmeldingAfgerond({
          ...{ aanmeldingId: a.id, inwonerId, kanaal: a.kanaal as Kanaal, route: a.route },
          ...{ routeringsversie: a.routeringsversie!, gemeentecode: identiteit.gemeentecode, aangemeldOp: a.createdAt },
          ...{ situatie, geboortedatum: identiteit.geboortedatum, geslacht: a.geslacht ?? identiteit.geslacht ?? null },
        });
        await this.outbox.add(m, AanmeldingAfgerond, data, { subject: inwonerId });
      }
      await this.audit.schrijf(m, wie, {
        actie: 'identificeren',
        doel: 'aanmelding-registreren',
        wat: { soort: 'inwoner', id: inwonerId },
        inwonerIds: [...new Set([anoniemId, inwonerId])],
      });
      const aanmeldingIds = wachtend.map((a) => a.id);
      return {
        inwonerId,
        samengevoegd: uitkomst.samengevoegd,
        aanmeldingIds,
        identiteitTeControleren: afwijkendeVelden.length > 0,
      };
    });
  }
}
