import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Toewijzer as ToewijzerPort } from '../caseload.port';
import { eisActieveCollega } from '../domain/medewerker';
import { type RegelMetKeuze, toewijzingAan, type Toewijzing, Toewijzingsronde } from '../domain/toewijzing';
import { MedewerkerRepository } from './medewerker.repository';
import { ToewijzingsregelRepository } from './toewijzingsregel.repository';

/** Chooses who holds a traject from the organisation's rule and its medewerkers. */
@Injectable()
export class Toewijzer implements ToewijzerPort {
  constructor(
    private readonly medewerkers: MedewerkerRepository,
    private readonly regels: ToewijzingsregelRepository,
  ) {}

  async volgensRegel(m: EntityManager, organisatie: string): Promise<Toewijzing> {
    return (await this.ronde(m, [organisatie])).kies(organisatie);
  }

  async ronde(m: EntityManager, organisaties: readonly string[]): Promise<Toewijzingsronde> {
    const regels = await this.regels.vanAlle(m, [...new Set(organisaties)]);
    const minstBelast = regels.filter((r) => r.regel === 'minst-belast');
    const kandidaten = minstBelast.length > 0 ? await this.medewerkers.kandidatenVan(m, minstBelast) : new Map();
    const vast = regels.flatMap((r) => (r.regel === 'vast' && r.consulent ? [r.consulent] : []));
    const vasten = new Map(
      (vast.length > 0 ? await this.medewerkers.alle(m, vast) : []).map((w) => [w.subject, w] as const),
    );
    return new Toewijzingsronde(
      new Map(
        regels.map((r): [string, RegelMetKeuze] => [
          r.organisatie,
          r.regel === 'minst-belast'
            ? { regel: r.regel, team: r.team, kandidaten: kandidaten.get(r.organisatie) ?? [] }
            : { regel: r.regel, consulent: r.consulent ? vasten.get(r.consulent) : undefined },
        ]),
      ),
    );
  }

  async aanCollega(m: EntityManager, subject: string, organisatie: string, field: string): Promise<Toewijzing> {
    const w = await this.medewerkers.een(m, subject);
    eisActieveCollega(w, organisatie, field);
    return toewijzingAan(w);
  }
}
