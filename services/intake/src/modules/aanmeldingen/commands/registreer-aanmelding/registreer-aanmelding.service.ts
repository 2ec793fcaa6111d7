import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { AanmeldingEntity } from '../../database/aanmelding.entity';
import { InwonerEntity } from '../../database/inwoner.entity';
import { startroute } from '../../domain/startroute';
import { deelnemerkenmerken } from '../../domain/deelnemerkenmerken';
import type { NieuweAanmelding, Route } from '../../domain/aanmelding.types';

export interface Registratie {
  id: string;
  inwonerId: string;
  status: 'doorverwezen';
  route: Route;
}

/** Registers an aanmelding and announces it, in one transaction (state + outbox event). */
@Injectable()
export class RegistreerAanmelding {
  constructor(private readonly transactions: TransactionRunner, private readonly outbox: Outbox) {}

  execute(aanmelding: NieuweAanmelding, door: Principal): Promise<Registratie> {
    const route = startroute(aanmelding);
    const nu = new Date();
    return this.transactions.run(async (manager) => {
      const { inwoner } = aanmelding;
      const inwonerId = randomUUID();
      await manager.insert(InwonerEntity, {
        id: inwonerId,
        voornaam: inwoner.voornaam,
        achternaam: inwoner.achternaam,
        geboortedatum: inwoner.geboortedatum,
        postcode: inwoner.postcode,
        huisnummer: inwoner.huisnummer,
        gemeentecode: inwoner.gemeentecode,
        email: null,
        telefoon: null,
      });
      const id = randomUUID();
      await manager.insert(AanmeldingEntity, {
        id,
        inwonerId,
        kanaal: aanmelding.kanaal,
        status: 'doorverwezen',
        organisatie: route.organisatie,
        gemeentecode: inwoner.gemeentecode,
        route,
        situatie: { ...aanmelding.situatie },
        hulpvraag: aanmelding.hulpvraag,
        geregistreerdDoor: door.subject,
        geregistreerdDoorOrganisatie: door.organisatie,
      });
      await this.outbox.add(
        manager,
        AanmeldingAfgerond,
        {
          aanmeldingId: id,
          inwonerId,
          kanaal: aanmelding.kanaal,
          organisatie: route.organisatie,
          gemeentecode: inwoner.gemeentecode,
          stap: route.stap,
          dienst: route.dienst,
          regelingen: route.regelingen,
          aangemeldOp: nu.toISOString(),
          deelnemer: deelnemerkenmerken(aanmelding.situatie, inwoner.geboortedatum, nu.toISOString().slice(0, 10)),
        },
        { subject: inwonerId },
      );
      return { id, inwonerId, status: 'doorverwezen' as const, route };
    });
  }
}
