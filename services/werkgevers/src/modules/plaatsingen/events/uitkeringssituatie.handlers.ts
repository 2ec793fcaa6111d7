import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AanmeldingAfgerond, EventData, EventEnvelope } from '@wiz/contracts';
import { huidigeInwoner, OnEvent } from '@wiz/platform';
import { leidSroiDoelgroepAf } from '../../sroi/domain';
import { SROI_REGISTER, type SroiRegister } from '../../sroi/sroi-register.port';
import { PlaatsingRepository } from '../database/plaatsing-repository';

/**
 * Data minimisation: of intake's aanmelding-afgerond werkgevers keeps, per inwoner, only what picks an SROI bouwblok
 * — the benefit class (deelnemer.uitkering), the month it started (deelnemer.uitkeringSinds) and whether the person
 * is in the doelgroepregister (deelnemer.doelgroepregister) — from the newest aanmelding. Not the arbeidsbeperking,
 * age band, education or ESF+ categories the event also carries: werkgevers has no task that needs them.
 * The situation may arrive after a placement was recorded: placements of the person still onbevestigd are then
 * derived again (at their own start date); a doelgroep someone confirmed, or one derived before, is left as it is.
 */
@Injectable()
export class UitkeringssituatieProjectie {
  constructor(
    @Inject(SROI_REGISTER) private readonly sroi: SroiRegister,
    private readonly plaatsingen: PlaatsingRepository,
  ) {}

  @OnEvent(AanmeldingAfgerond)
  async aanmeldingAfgerond(e: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, m: EntityManager): Promise<void> {
    const { aangemeldOp, deelnemer: d } = e.data;
    const inwonerId = await huidigeInwoner(m, e.data.inwonerId);
    if (!inwonerId) return;
    const situatie = await this.sroi.bewaarSituatie(
      m,
      inwonerId,
      {
        uitkering: d.uitkering,
        uitkeringSinds: d.uitkeringSinds ?? null,
        doelgroepregister: d.doelgroepregister ?? null,
      },
      aangemeldOp,
    );
    for (const p of await this.plaatsingen.onbevestigdVan(m, inwonerId)) {
      const doelgroep = leidSroiDoelgroepAf(situatie, p.startdatum);
      if (doelgroep) await this.plaatsingen.zetSroiDoelgroep(m, p.id, doelgroep, 'afgeleid');
    }
  }
}
