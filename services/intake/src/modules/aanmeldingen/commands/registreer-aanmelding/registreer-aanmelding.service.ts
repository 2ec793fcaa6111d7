import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, kalenderdag, leeftijdOp } from '@wiz/contracts';
import { AuditTrail, CombinedWrite, Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { AanmeldingRepository } from '../../database/aanmelding.repository';
import { aanmeldingAfgerond } from '../../domain/aanmelding-afgerond';
import type { NieuweAanmelding } from '../../domain/aanmelding.types';
import { INWONERREGISTER, type Inschrijving, type Inwonerregister } from '../../../inwoners/inwonerregister.port';
import { ROUTERINGSTABEL, type Routeringstabel } from '../../../routering/routeringstabel.port';
import { HulpvraagSoort, routeringssituatie, RouteringsUitkomst } from '../../../routering/domain';
import { metRoute, routeerEnVoegToe } from './routeer-en-voeg-toe';

export interface Registratie {
  id: string;
  inwonerId: string;
  status: 'doorverwezen';
  route: Omit<RouteringsUitkomst, 'regel'>;
  routeringsversie: number;
  mogelijkDubbel: boolean;
  /** The BSN was known with another name or birth date: registered and routed, but beheer checks the identity. */
  identiteitTeControleren: boolean;
  anoniem?: true;
}

/**
 * No Wrong Door: register the inwoner (or find them by BSN), route with the table in force, store the
 * aanmelding with the person data it captured and the version that routed it, flag an identity that differs from
 * the one held for the BSN, audit the write and announce it, all in one statement (state + outbox event). A new
 * inwoner is all of it in that statement; an inwoner known by BSN takes a second, with their aanmelding stored for
 * them (the first statement answered who they are and stored nothing) and the identity check it may need. A
 * statement that stores no aanmelding stores nothing (its inwoner too waits on the routing version), so each commits
 * alone, without BEGIN and COMMIT around it (`runEachStatementAlone`).
 */
@Injectable()
export class RegistreerAanmelding {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly aanmeldingen: AanmeldingRepository,
    @Inject(INWONERREGISTER) private readonly inwoners: Inwonerregister,
    @Inject(ROUTERINGSTABEL) private readonly routeringstabel: Routeringstabel,
    private readonly audit: AuditTrail,
  ) {}

  execute(aanmelding: NieuweAanmelding, door: Principal): Promise<Registratie> {
    const nu = new Date();
    const vandaag = kalenderdag(nu);
    const { inwoner, situatie } = aanmelding;
    // Asked with the inwoner or among the ESF+ questions; the request refuses two different answers.
    const geslacht = situatie.geslacht ?? inwoner.geslacht;
    const hulpvraagSoort = (aanmelding.hulpvraagSoort ?? 'onbekend') as HulpvraagSoort;
    return this.transactions.runEachStatementAlone(async (manager) => {
      const invoer = {
        ...routeringssituatie(situatie),
        leeftijd: leeftijdOp(inwoner.geboortedatum, vandaag),
        gemeentecode: inwoner.gemeentecode,
        kanaal: aanmelding.kanaal,
        hulpvraagSoort,
      };
      const id = randomUUID();
      const rij = {
        id,
        kanaal: aanmelding.kanaal,
        status: 'doorverwezen',
        voornaam: inwoner.voornaam,
        achternaam: inwoner.achternaam,
        geboortedatum: inwoner.geboortedatum,
        postcode: inwoner.postcode,
        huisnummer: inwoner.huisnummer,
        gemeentecode: inwoner.gemeentecode,
        email: inwoner.email ?? null,
        telefoon: inwoner.telefoon ?? null,
        geslacht: geslacht ?? null,
        situatie: { ...situatie },
        hulpvraag: aanmelding.hulpvraag,
        hulpvraagSoort,
        participatieladder: situatie.participatieladder ?? null,
        geregistreerdDoor: door.subject,
        geregistreerdDoorOrganisatie: door.organisatie,
      };
      const nieuweInwoner = this.inwoners.nieuweInschrijving(inwoner, door);
      let inschrijving: Inschrijving | undefined;
      // One statement: the inwoner (first try: as a new one), the aanmelding, its audit row and its event.
      const { versie, route } = await routeerEnVoegToe(manager, this.routeringstabel, invoer, async (routering) => {
        const write = new CombinedWrite();
        // The inwoner too only with the version in force: a statement that stores no aanmelding stores nothing.
        const inwonerDeel = inschrijving
          ? undefined
          : nieuweInwoner.schrijfMee(write, this.aanmeldingen.versieGeldig(write, routering.versie));
        const inwonerId = inschrijving?.inwonerId ?? nieuweInwoner.inwonerId;
        const { aanmelding: opgeslagen, uitkomst } = this.aanmeldingen.voegToeMee(
          write,
          metRoute({ ...rij, inwonerId }, routering),
          inwonerDeel?.nieuw,
        );
        this.audit.schrijfMee(
          write,
          door,
          {
            actie: 'vastleggen',
            doel: 'aanmelding-registreren',
            wat: { soort: 'aanmelding', id: id },
            inwonerIds: [inwonerId],
          },
          opgeslagen,
        );
        if (inschrijving?.afwijkendeVelden.length)
          this.inwoners.openIdentiteitscontroleMee(write, id, inwonerId, inschrijving.afwijkendeVelden, opgeslagen);
        const gebeurtenis = aanmeldingAfgerond({
          aanmeldingId: id,
          inwonerId,
          kanaal: aanmelding.kanaal,
          route: routering.route,
          routeringsversie: routering.versie,
          gemeentecode: inwoner.gemeentecode,
          aangemeldOp: nu,
          situatie,
          geboortedatum: inwoner.geboortedatum,
          geslacht: geslacht ?? null,
        });
        this.outbox.addMee(write, AanmeldingAfgerond, gebeurtenis, { subject: inwonerId }, opgeslagen);
        const antwoord = await write.run(manager);
        const opslag = uitkomst(antwoord);
        // With a newer version the inwoner was not written either: the next try writes them with the aanmelding.
        if (inwonerDeel && opslag !== 'verouderd') inschrijving = await inwonerDeel.uitkomst(manager, antwoord);
        return opslag;
      });
      const { inwonerId, mogelijkDubbel, afwijkendeVelden } = inschrijving!;
      const identiteitTeControleren = afwijkendeVelden.length > 0;
      return {
        id,
        inwonerId,
        status: 'doorverwezen' as const,
        route,
        routeringsversie: versie,
        mogelijkDubbel,
        identiteitTeControleren,
      };
    });
  }
}
