import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActiviteitResultaat, ActiviteitSoort, Doelgroep } from '@wiz/contracts';
import { queryPrepared, type CombinedWrite } from '@wiz/platform';
import { MonitorProjectie, ofOnbekend } from './monitor-projectie';
import type { DoelgroepOfOnbekend, Metriek, MonitorPersonenPort, MonitorPlaatsing } from '../monitor.port';

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

  heeftFeitenMee(write: CombinedWrite, inwonerId: string): (rij: Record<string, unknown>) => boolean {
    const naam = write.with(
      'monitor_heeft_feiten',
      `SELECT EXISTS (SELECT 1 FROM monitor_feiten WHERE inwoner_id = ${write.param(inwonerId)}::uuid) AS ja`,
    );
    write.output(naam, `(SELECT ja FROM ${naam})`);
    return (rij) => rij[naam] === true;
  }

  /** A new person (most aanmeldingen) has no facts: nothing to count again, no statement. */
  async telOpnieuw(m: EntityManager, inwonerIds: readonly string[]): Promise<void> {
    if (inwonerIds.length > 0) await this.projectie.herberekenAlle(m, inwonerIds);
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
    await this.projectie.telAlle(m, metriekenMetDoelgroepen(basis, groepen), op, gemeentecode);
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
    const [nieuw] = await this.plaatsingen(m, [p]);
    return nieuw;
  }

  /**
   * `plaatsing` of several placements (a batch of events): one INSERT, one read of the new ones' doelgroepen and
   * one count. Per placement false when it was known already, or named before in this call (counted once).
   */
  async plaatsingen(m: EntityManager, ps: readonly MonitorPlaatsing[]): Promise<boolean[]> {
    if (ps.length === 0) return [];
    const rijen: { plaatsing_id: string }[] = await queryPrepared(
      m,
      `INSERT INTO monitor_plaatsingen (plaatsing_id, inwoner_id, gemeentecode, startdatum, uren_per_week, afspraakbaan)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::numeric[], $6::boolean[])
       ON CONFLICT DO NOTHING RETURNING plaatsing_id`,
      [
        ps.map((p) => p.plaatsingId),
        ps.map((p) => p.inwonerId),
        ps.map((p) => p.gemeentecode),
        ps.map((p) => p.startdatum),
        ps.map((p) => p.urenPerWeek),
        ps.map((p) => p.afspraakbaan),
      ],
    );
    const ingevoegd = new Set(rijen.map((r) => r.plaatsing_id));
    const nieuw = ps.map((p) => ingevoegd.delete(p.plaatsingId.toLowerCase()));
    const geteld = ps.filter((_, i) => nieuw[i]);
    if (geteld.length === 0) return nieuw;
    const groepen = await this.projectie.doelgroepenVanAlle(
      m,
      geteld.map((p) => p.inwonerId),
    );
    await this.projectie.telVerschillend(
      m,
      geteld.flatMap((p) =>
        metriekenMetDoelgroepen('plaatsing', groepen.get(p.inwonerId)!).map((metriek) => ({
          metriek,
          dag: p.startdatum,
          gemeentecode: p.gemeentecode,
          delta: 1,
        })),
      ),
    );
    return nieuw;
  }
}

/** A count of `basis` once for the whole and once per doelgroep. */
const metriekenMetDoelgroepen = (
  basis: 'gestart' | 'plaatsing',
  groepen: readonly DoelgroepOfOnbekend[],
): Metriek[] => [basis, ...groepen.map((g) => `${basis}:${g}` as const)];
