import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail, CombinedWrite, Principal, TransactionRunner } from '@wiz/platform';
import { AanmeldingRepository } from '../../database/aanmelding.repository';
import { gemeenteVoorAnoniem } from '../../domain/anonieme-aanmelding';
import { INWONERREGISTER, type Inwonerregister } from '../../../inwoners/inwonerregister.port';
import { ROUTERINGSTABEL, type Routeringstabel } from '../../../routering/routeringstabel.port';
import { HulpvraagSoort, routeringssituatie } from '../../../routering/domain';
import { metRoute, routeerEnVoegToe } from './routeer-en-voeg-toe';
import type { AnoniemeAanmelding } from './registreer-aanmelding.request';
import type { Registratie } from './registreer-aanmelding.service';

/**
 * An anonymous orientation (issue 19) still gets a route (No Wrong Door): routed on the situation, channel, question
 * and gemeente (`gemeenteVoorAnoniem`); without an age, a rule with an age condition does not match. No
 * aanmelding-afgerond is published: without birth date or gemeente no traject can start or be counted. It waits on
 * the aanmelding (afgerond_gepubliceerd = false) until the person is identified (POST /inwoners/{id}/identificatie).
 */
@Injectable()
export class RegistreerAnoniemeAanmelding {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly aanmeldingen: AanmeldingRepository,
    @Inject(INWONERREGISTER) private readonly inwoners: Inwonerregister,
    @Inject(ROUTERINGSTABEL) private readonly routeringstabel: Routeringstabel,
    private readonly audit: AuditTrail,
  ) {}

  execute(aanmelding: AnoniemeAanmelding, door: Principal): Promise<Registratie> {
    const { inwoner, situatie, kanaal } = aanmelding;
    const gemeentecode = gemeenteVoorAnoniem(inwoner.gemeentecode, door.organisatie);
    const contact = { email: inwoner.contact?.email ?? null, telefoon: inwoner.contact?.telefoon ?? null };
    const hulpvraagSoort: HulpvraagSoort = aanmelding.hulpvraagSoort ?? 'onbekend';
    return this.transactions.run(async (manager) => {
      const inwonerId = await this.inwoners.schrijfAnoniemIn(manager, {
        roepnaam: inwoner.roepnaam,
        gemeentecode,
        ...contact,
      });
      const invoer = { ...routeringssituatie(situatie), gemeentecode, kanaal, hulpvraagSoort };
      const id = randomUUID();
      const rij = {
        ...{ id, inwonerId, kanaal, status: 'doorverwezen' },
        ...{ voornaam: inwoner.roepnaam, achternaam: null, geboortedatum: null, postcode: null, huisnummer: null },
        ...{ gemeentecode, ...contact, geslacht: situatie.geslacht ?? null, situatie: { ...situatie } },
        ...{ hulpvraag: aanmelding.hulpvraag, hulpvraagSoort, participatieladder: situatie.participatieladder ?? null },
        ...{ geregistreerdDoor: door.subject, geregistreerdDoorOrganisatie: door.organisatie },
        ...{ anoniem: true, afgerondGepubliceerd: false },
      };
      // The aanmelding and its audit row in one statement.
      const { versie, route } = await routeerEnVoegToe(manager, this.routeringstabel, invoer, async (routering) => {
        const write = new CombinedWrite();
        const { aanmelding: opgeslagen, uitkomst } = this.aanmeldingen.voegToeMee(write, metRoute(rij, routering));
        const regel = { actie: 'vastleggen', doel: 'aanmelding-registreren', wat: { soort: 'aanmelding', id } };
        this.audit.schrijfMee(write, door, { ...regel, inwonerIds: [inwonerId] }, opgeslagen);
        return uitkomst(await write.run(manager));
      });
      const registratie = { id, inwonerId, status: 'doorverwezen' as const, route, routeringsversie: versie };
      return { ...registratie, mogelijkDubbel: false, identiteitTeControleren: false, anoniem: true };
    });
  }
}
