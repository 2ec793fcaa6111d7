import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PlaatsingGerealiseerd } from '@wiz/contracts';
import { assertNietBeperkt, Outbox, Principal, TransactionRunner, problemException } from '@wiz/platform';
import { PlaatsingRepository } from '../../database/plaatsing-repository';
import { SROI_REGISTER, type SroiRegister } from '../../../sroi/sroi-register.port';
import { VACATUREBEZETTING, type Vacaturebezetting } from '../../../werkgevers/vacaturebezetting.port';
import { PlaatsingVerwijzingen } from './plaatsing-verwijzingen';
import type { NieuwePlaatsing } from './registreer-plaatsing.request';

/**
 * A placement of a known traject with a known employer, announced once (plaatsing-gerealiseerd through the
 * outbox). The same traject, employer and start date is the same placement: a retry without Idempotency-Key
 * gets 409 with the existing id rather than a second placement and a second event. The werkgeversservicepunt
 * places people from every organisation's trajecten in Matchen; the placing organisation is recorded, because it
 * and the traject's organisation (and nobody else) read and change the placement afterwards. A withdrawn vacancy
 * takes no placement (409); the one that takes an open vacancy's last place makes it vervuld.
 */
@Injectable()
export class RegistreerPlaatsing {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly plaatsingen: PlaatsingRepository,
    private readonly verwijzingen: PlaatsingVerwijzingen,
    @Inject(SROI_REGISTER) private readonly sroi: SroiRegister,
    @Inject(VACATUREBEZETTING) private readonly vacatures: Vacaturebezetting,
  ) {}

  execute(p: NieuwePlaatsing, wie: Principal) {
    return this.transactions.run(async (m) => {
      const { inwonerId } = await this.verwijzingen.controleer(m, p);
      await assertNietBeperkt(m, inwonerId, wie);
      if (p.vacatureId) await this.vacatures.eisPlaatsbaar(m, p.vacatureId);
      const id = randomUUID();
      const sroi = p.sroiVerplichtingId
        ? await this.sroi.doelgroepBijStart(m, inwonerId, p.startdatum, p.sroiDoelgroep)
        : { doelgroep: p.sroiDoelgroep ?? null, status: null };
      const nieuw = await this.plaatsingen.voegToe(m, {
        id,
        trajectId: p.trajectId,
        inwonerId,
        werkgeverId: p.werkgeverId,
        vacatureId: p.vacatureId ?? null,
        arrangementId: p.arrangementId ?? null,
        sroiVerplichtingId: p.sroiVerplichtingId ?? null,
        sroiDoelgroep: sroi.doelgroep,
        sroiDoelgroepStatus: sroi.status,
        startdatum: p.startdatum,
        urenPerWeek: p.urenPerWeek,
        contractvorm: p.contractvorm,
        afspraakbaan: p.afspraakbaan,
        organisatie: wie.organisatie,
      });
      if (!nieuw) {
        const bestaandId = await this.plaatsingen.idVan(m, p.trajectId, p.werkgeverId, p.startdatum);
        throw problemException(409, 'This placement was recorded already.', { bestaandId });
      }
      if (p.vacatureId) await this.vacatures.naPlaatsing(m, p.vacatureId);
      await this.outbox.add(
        m,
        PlaatsingGerealiseerd,
        {
          plaatsingId: id,
          trajectId: p.trajectId,
          inwonerId,
          werkgeverId: p.werkgeverId,
          ...(p.vacatureId ? { vacatureId: p.vacatureId } : {}),
          startdatum: p.startdatum,
          urenPerWeek: p.urenPerWeek,
          contractvorm: p.contractvorm,
          afspraakbaan: p.afspraakbaan,
          ...(p.sroiVerplichtingId ? { sroiVerplichtingId: p.sroiVerplichtingId } : {}),
        },
        { subject: id },
      );
      return {
        id,
        ...(p.sroiVerplichtingId ? { sroiDoelgroep: sroi.doelgroep, sroiDoelgroepStatus: sroi.status } : {}),
      };
    });
  }
}
