import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AanmeldingAfgerond, EventData, EventEnvelope } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { leidSroiDoelgroepAf } from '../domain';
import { uitkeringssituatie } from '../database/uitkeringssituaties';

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
  @OnEvent(AanmeldingAfgerond)
  async aanmeldingAfgerond(e: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, m: EntityManager): Promise<void> {
    const { inwonerId, aangemeldOp, deelnemer: d } = e.data;
    await m.query(
      `INSERT INTO uitkeringssituaties (inwoner_id, uitkering, uitkering_sinds, doelgroepregister, aangemeld_op) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (inwoner_id) DO UPDATE SET uitkering = excluded.uitkering, uitkering_sinds = excluded.uitkering_sinds,
         doelgroepregister = excluded.doelgroepregister, aangemeld_op = excluded.aangemeld_op
       WHERE uitkeringssituaties.aangemeld_op < excluded.aangemeld_op`,
      [inwonerId, d.uitkering, d.uitkeringSinds ?? null, d.doelgroepregister ?? null, aangemeldOp],
    );
    const situatie = await uitkeringssituatie(m, inwonerId);
    const open: { id: string; startdatum: string }[] = await m.query(
      `SELECT id, to_char(startdatum, 'YYYY-MM-DD') AS startdatum FROM plaatsingen WHERE inwoner_id = $1 AND sroi_doelgroep_status = 'onbevestigd' FOR UPDATE`,
      [inwonerId],
    );
    for (const p of open) {
      const doelgroep = leidSroiDoelgroepAf(situatie, p.startdatum);
      if (doelgroep)
        await m.query(`UPDATE plaatsingen SET sroi_doelgroep = $2, sroi_doelgroep_status = 'afgeleid' WHERE id = $1`, [
          p.id,
          doelgroep,
        ]);
    }
  }
}
