import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActiviteitResultaat, ActiviteitSoort, Doelgroep } from '@wiz/contracts';
import type { CombinedWrite } from '@wiz/platform';
import { MonitorProjectie, ofOnbekend } from './monitor-projectie';
import type { DoelgroepOfOnbekend, MonitorPersonenPort, MonitorPlaatsing } from '../monitor.port';

/**
 * What the monitor keeps per person besides their counting moment, written in the changing transaction:
 * doelgroepen (from the aanmelding), activities (per project, Kansrijk Opleiden as persons) and placements
 * (afspraakbanen), and the event counters broken down per doelgroep.
 */
@Injectable()
export class MonitorPersonen implements MonitorPersonenPort {
  constructor(private readonly projectie: MonitorProjectie) {}

  /** A person in several aanmeldingen keeps every doelgroep any of them named. */
  doelgroepenMee(
    write: CombinedWrite,
    inwonerId: string,
    doelgroepen: readonly Doelgroep[] = [],
    na?: string,
  ): (rij: Record<string, unknown>) => DoelgroepOfOnbekend[] {
    const naam = write.with(
      'monitor_doelgroepen',
      `INSERT INTO monitor_inwoners (inwoner_id, doelgroepen)
       SELECT ${write.param(inwonerId)}::uuid, ${write.param(doelgroepen)}::text[] ${na ? `FROM ${na}` : ''}
       ON CONFLICT (inwoner_id) DO UPDATE SET doelgroepen = ARRAY(SELECT DISTINCT unnest(monitor_inwoners.doelgroepen || excluded.doelgroepen) ORDER BY 1)
       RETURNING doelgroepen`,
    );
    write.output(naam, `(SELECT doelgroepen FROM ${naam})`);
    return (rij) => ofOnbekend(rij[naam] as Doelgroep[] | null);
  }

  /**
   * Counts `basis` once for the whole and once per doelgroep of the inwoner ('onbekend' without any), read unless
   * the caller knows them already (as `doelgroepenMee` gives them).
   */
  async telMetDoelgroepen(
    m: EntityManager,
    basis: 'gestart' | 'plaatsing',
    inwonerId: string,
    op: Date | string,
    gemeentecode: string,
    doelgroepen?: readonly DoelgroepOfOnbekend[],
  ): Promise<void> {
    const groepen = doelgroepen ?? (await this.projectie.doelgroepenVan(m, inwonerId));
    await this.projectie.telAlle(m, [basis, ...groepen.map((g) => `${basis}:${g}` as const)], op, gemeentecode);
  }

  async activiteitGestart(
    m: EntityManager,
    a: { activiteitId: string; inwonerId: string; gemeentecode: string; soort: ActiviteitSoort; startdatum: string },
  ): Promise<void> {
    await m.query(
      `INSERT INTO monitor_activiteiten (activiteit_id, inwoner_id, gemeentecode, soort, gestart) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [a.activiteitId, a.inwonerId, a.gemeentecode, a.soort, a.startdatum],
    );
  }

  async activiteitAfgerond(
    m: EntityManager,
    activiteitId: string,
    resultaat: ActiviteitResultaat,
    datum: string,
  ): Promise<void> {
    await m.query(`UPDATE monitor_activiteiten SET behaald = $2 WHERE activiteit_id = $1`, [
      activiteitId,
      resultaat === 'behaald' ? datum : null,
    ]);
  }

  /** Returns false when the placement was known already (a redelivery), so it is counted once. */
  async plaatsing(m: EntityManager, p: MonitorPlaatsing): Promise<boolean> {
    const nieuw: unknown[] = await m.query(
      `INSERT INTO monitor_plaatsingen (plaatsing_id, inwoner_id, gemeentecode, startdatum, uren_per_week, afspraakbaan) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING plaatsing_id`,
      [p.plaatsingId, p.inwonerId, p.gemeentecode, p.startdatum, p.urenPerWeek, p.afspraakbaan],
    );
    if (nieuw.length === 0) return false;
    await this.telMetDoelgroepen(m, 'plaatsing', p.inwonerId, p.startdatum, p.gemeentecode);
    return true;
  }
}
