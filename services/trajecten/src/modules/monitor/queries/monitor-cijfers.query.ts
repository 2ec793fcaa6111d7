import { Injectable } from '@nestjs/common';
import {
  type ActiviteitSoort,
  DOELGROEPEN,
  kalenderdag,
  STREEFWAARDE_SLEUTELS,
  type StreefwaardeSleutel,
} from '@wiz/contracts';
import { MonitorTellingen } from '../database/monitor-tellingen';
import { MonitorPersoonTellingen } from '../database/monitor-personen-tellingen';
import { StreefwaardenRepository } from '../database/streefwaarden-repository';
import { cijfers, perGroep, totaal } from '../domain/monitor-cijfers';
import { afspraakbanenCijfers } from '../domain/afspraakbanen';
import { beginstandVoor, DOEL, geldendeStreefwaarde } from '../domain/streefwaarden';
import { TELDEFINITIE_VERSIE } from '../domain/stap-vooruit';
import type { MonitorCijfers, MonitorVraag, Streefwaarde } from '../domain/monitor-cijfers.type';
import type { MonitorCijfersPort } from '../monitor.port';

const vandaag = () => kalenderdag(new Date());

/**
 * The monitor's figures for a period and gemeente (or the region), as one typed object: what GET /monitor returns
 * and what the council report (rapportages) freezes. Other modules call this, never the monitor's tables.
 * Targets and starting balances are those that apply on the period's last day (or today).
 */
@Injectable()
export class MonitorCijfersQuery implements MonitorCijfersPort {
  constructor(
    private readonly tellingen: MonitorTellingen,
    private readonly personen: MonitorPersoonTellingen,
    private readonly streefwaarden: StreefwaardenRepository,
  ) {}

  async cijfers(vraag: MonitorVraag): Promise<MonitorCijfers> {
    const peildatum = vraag.tot ?? vandaag();
    const [maanden, kansrijk, kansrijkPerMaand, kansrijkPerDoelgroep, projecten, alle] = await Promise.all([
      this.tellingen.som(vraag, 'maand'),
      this.personen.kansrijk(vraag),
      this.personen.kansrijk(vraag, 'maand'),
      this.personen.kansrijk(vraag, 'doelgroep'),
      this.personen.perProject(vraag),
      this.streefwaarden.alle(),
    ]);
    const geldend = (s: StreefwaardeSleutel) => geldendeStreefwaarde(alle, s, peildatum, vraag.gemeentecode);
    const plus = (s: StreefwaardeSleutel, waarde: number) =>
      waarde + beginstandVoor(geldend(s), { van: vraag.van, tot: peildatum }, vraag.gemeentecode);
    const ko = (rijen: typeof kansrijk, groep: string) => rijen.find((r) => r.groep === groep)?.personen ?? 0;
    const aantal = totaal(maanden);
    const basis = cijfers(aantal);
    const plaatsingen = await this.personen.afspraakbanen(peildatum, vraag.gemeentecode);
    const maandlijst = [...new Set([...maanden.map((t) => t.groep), ...kansrijkPerMaand.map((k) => k.groep)])].sort();
    const perMaandTelling = perGroep(maanden);
    return {
      definitieVersie: TELDEFINITIE_VERSIE,
      van: vraag.van ?? null,
      tot: vraag.tot ?? null,
      gemeentecode: vraag.gemeentecode ?? null,
      doel: geldend('inwoners-een-stap-vooruit')?.doel ?? DOEL,
      ...basis,
      inwonersEenStapVooruit: plus('inwoners-een-stap-vooruit', basis.inwonersEenStapVooruit),
      plaatsingen: plus('plaatsingen', basis.plaatsingen),
      duurzamePlaatsingen: plus('duurzame-plaatsingen', basis.duurzamePlaatsingen),
      kansrijkOpleiden: plus('kansrijk-opleiden', ko(kansrijk, 'totaal')),
      kansrijkOpleidenActiviteiten: kansrijk[0]?.activiteiten ?? 0,
      perMaand: maandlijst.map((maand) => {
        const { inwonersEenStapVooruit, gestarteTrajecten, plaatsingen, duurzamePlaatsingen } = cijfers(
          perMaandTelling.get(maand) ?? (() => 0),
        );
        return {
          maand,
          inwonersEenStapVooruit,
          gestarteTrajecten,
          plaatsingen,
          duurzamePlaatsingen,
          kansrijkOpleiden: ko(kansrijkPerMaand, maand),
        };
      }),
      perDoelgroep: [...DOELGROEPEN, 'onbekend' as const].map((doelgroep) => ({
        doelgroep,
        inwonersEenStapVooruit: aantal(`vooruit:${doelgroep}`),
        gestarteTrajecten: aantal(`gestart:${doelgroep}`),
        kansrijkOpleiden: ko(kansrijkPerDoelgroep, doelgroep),
        plaatsingen: aantal(`plaatsing:${doelgroep}`),
      })),
      perProject: projecten
        .filter((p) => p.personenGestart + p.personenBehaald > 0)
        .map((p) => ({ ...p, soort: p.soort as ActiviteitSoort })),
      afspraakbanen: afspraakbanenCijfers(geldend('afspraakbanen'), plaatsingen, peildatum, vraag.gemeentecode),
      streefwaarden: STREEFWAARDE_SLEUTELS.map(geldend).filter((s): s is Streefwaarde => s !== null),
    };
  }
}
