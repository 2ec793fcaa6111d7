import { Injectable } from '@nestjs/common';
import { MonitorTellingen } from '../database/monitor-tellingen';
import { cijfers, DOEL, perGroep, totaal } from '../domain/monitor-cijfers';
import { TELDEFINITIE_VERSIE } from '../domain/stap-vooruit';
import type { MonitorCijfers, MonitorVraag } from '../domain/monitor-cijfers.type';

/**
 * The monitor's figures for a period and gemeente (or the region), as one typed object: what GET /monitor returns
 * and what the council report (rapportages) freezes. Other modules call this, never the monitor's tables.
 */
@Injectable()
export class MonitorCijfersQuery {
  constructor(private readonly tellingen: MonitorTellingen) {}

  async cijfers(vraag: MonitorVraag): Promise<MonitorCijfers> {
    const perMaand = await this.tellingen.som(vraag, 'maand');
    return {
      definitieVersie: TELDEFINITIE_VERSIE,
      van: vraag.van ?? null,
      tot: vraag.tot ?? null,
      gemeentecode: vraag.gemeentecode ?? null,
      doel: DOEL,
      ...cijfers(totaal(perMaand)),
      kansrijkOpleidenActiviteiten: 0,
      perMaand: [...perGroep(perMaand)].map(([maand, aantal]) => {
        const { inwonersEenStapVooruit, gestarteTrajecten, plaatsingen, duurzamePlaatsingen, kansrijkOpleiden } = cijfers(aantal);
        return { maand, inwonersEenStapVooruit, gestarteTrajecten, plaatsingen, duurzamePlaatsingen, kansrijkOpleiden };
      }),
      perDoelgroep: [],
      perProject: [],
      afspraakbanen: { basisdatum: null, banen: 0, eenheden: 0, beginstand: 0, doel: null, doelEenheden: null },
      streefwaarden: [],
    };
  }
}
