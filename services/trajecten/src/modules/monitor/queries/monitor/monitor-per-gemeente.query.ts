import { Injectable } from '@nestjs/common';
import { MonitorTellingen } from '../../database/monitor-tellingen';
import { MonitorPersoonTellingen } from '../../database/monitor-personen-tellingen';
import { cijfers, perGroep } from '../../domain/monitor-cijfers';
import type { MonitorVraag } from '../../domain/monitor-cijfers.type';

/** The monitor's figures per gemeente over a period, from the read model's counters. */
@Injectable()
export class MonitorPerGemeenteQuery {
  constructor(
    private readonly tellingen: MonitorTellingen,
    private readonly personen: MonitorPersoonTellingen,
  ) {}

  async perGemeente(vraag: MonitorVraag) {
    const [tellingen, kansrijk] = await Promise.all([
      this.tellingen.som(vraag, 'gemeente'),
      this.personen.kansrijk(vraag, 'gemeente'),
    ]);
    const kansrijkOpleiden = (g: string) => kansrijk.find((k) => k.groep === g)?.personen ?? 0;
    return {
      items: [...perGroep(tellingen)].map(([gemeentecode, aantal]) => ({
        gemeentecode,
        ...cijfers(aantal),
        kansrijkOpleiden: kansrijkOpleiden(gemeentecode),
      })),
    };
  }
}
