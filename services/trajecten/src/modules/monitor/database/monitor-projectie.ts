import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { kalenderdag, REGIO_TIJDZONE, type Stap } from '@wiz/contracts';
import { GatheredWrites, queryPrepared } from '@wiz/platform';
import { Gebeurtenis, isStapVooruit, PLAATSING_NA_AFSLUITING_DAGEN, toegerekendeStap } from '../domain/stap-vooruit';
import { Feit, telmoment, type TrajectPeriode } from '../domain/telmoment';
import type { Context, DoelgroepOfOnbekend, Metriek, MonitorProjectiePort, TrajectVoorFeiten } from '../monitor.port';
import { trajectenVoorFeiten } from './trajecten-voor-feiten';

/**
 * Per recount a migration may ask for (monitor_herberekeningen), which inwoners it covers: the next $2 in id order
 * after $1. `werk-voor-traject`: those with a placement or more hours dated before their traject started, which
 * counted until binnenTraject said otherwise; `buiten-traject`: those with any fact outside its own traject (dated
 * before it started, or after it closed beyond what a placement or hours may), which binnenTraject now judges by all
 * of the person's trajecten: no longer counted when outside them all, counted when inside another.
 */
const HERBEREKENINGEN: Record<string, string> = {
  'werk-voor-traject': `
    SELECT DISTINCT f.inwoner_id AS id FROM monitor_feiten f JOIN trajecten t ON t.id = f.traject_id
     WHERE f.soort IN ('plaatsing', 'uren') AND f.dag < (t.gestart_op AT TIME ZONE '${REGIO_TIJDZONE}')::date
       AND f.inwoner_id > $1::uuid
     ORDER BY 1 LIMIT $2`,
  'buiten-traject': `
    SELECT DISTINCT f.inwoner_id AS id FROM monitor_feiten f JOIN trajecten t ON t.id = f.traject_id
     WHERE (f.dag < (t.gestart_op AT TIME ZONE '${REGIO_TIJDZONE}')::date
            OR (f.soort = 'plaatsing' AND f.dag > t.afgesloten_op + ${PLAATSING_NA_AFSLUITING_DAGEN})
            OR (f.soort <> 'plaatsing' AND f.dag > t.afgesloten_op))
       AND f.inwoner_id > $1::uuid
     ORDER BY 1 LIMIT $2`,
};

/** Channel on which the monitor's counters announce a change. */
export const MONITOR_NOTIFY_CHANNEL = 'wiz_monitor';

/** The region's calendar day of a moment: a step made at 00:30 on 1 January counts in the new year. */
const dagVan = (op: Date | string) => (typeof op === 'string' ? op.slice(0, 10) : kalenderdag(op));

/**
 * The read model of "20.000 inwoners een stap vooruit", written in the same transaction as the change it counts.
 * Every fact that is a step forward is kept (monitor_feiten); the inwoner's row in monitor_vooruit is their
 * earliest one (telmoment), so a fact that arrives late but happened earlier moves the counting day, and the
 * per-day counters move with it in the same transaction. Distinct inwoners, not events.
 * Its inserts and the lock run prepared, its reads not (see queryPrepared for why).
 */
@Injectable()
export class MonitorProjectie implements MonitorProjectiePort {
  private readonly tellingen = new GatheredWrites<Telling>(schrijfTellingen);

  trajectenVoorFeiten(manager: EntityManager, ids: readonly string[]): Promise<Map<string, TrajectVoorFeiten>> {
    return trajectenVoorFeiten(manager, ids);
  }

  async registreer(manager: EntityManager, g: Gebeurtenis, c: Context): Promise<void> {
    await this.registreerAlle(manager, g, [c]);
  }

  /** `registreer` of one kind of fact for several contexts (a batch of events) in one statement per table. */
  async registreerAlle(manager: EntityManager, g: Gebeurtenis, cs: readonly Context[]): Promise<void> {
    if (cs.length === 0) return;
    if (isStapVooruit(g)) {
      await queryPrepared(
        manager,
        // The gemeente the person lived in on the fact's day: before a move known here, the one they moved from.
        `INSERT INTO monitor_feiten (bron, inwoner_id, traject_id, soort, dag, op, stap, gemeentecode)
         SELECT bron, inwoner_id, traject_id, $4, dag, op, stap,
                COALESCE((SELECT v.van FROM monitor_verhuizingen v WHERE v.inwoner_id = f.inwoner_id AND v.vanaf > f.dag
                           ORDER BY v.vanaf, v.id LIMIT 1), gemeentecode)
           FROM unnest($1::text[], $2::uuid[], $3::uuid[], $5::date[], $6::timestamptz[], $7::text[], $8::text[])
             AS f(bron, inwoner_id, traject_id, dag, op, stap, gemeentecode)
         ON CONFLICT (bron) DO NOTHING`,
        [
          cs.map((c) => c.bron),
          cs.map((c) => c.inwonerId),
          cs.map((c) => c.trajectId),
          g.soort,
          cs.map((c) => dagVan(c.op)),
          cs.map((c) => (typeof c.op === 'string' ? `${c.op}T00:00:00Z` : c.op)),
          cs.map((c) => toegerekendeStap(g, c.huidigeStap)),
          cs.map((c) => c.gemeentecode),
        ],
      );
    }
    // Also when not a step: closing a traject can end a placement's claim.
    await this.herberekenAlle(
      manager,
      cs.map((c) => c.inwonerId),
    );
  }

  /** Puts the inwoner's counting moment where their facts say, moving the counters when it changed. */
  async herbereken(manager: EntityManager, inwonerId: string): Promise<void> {
    await this.herberekenAlle(manager, [inwonerId]);
  }

  /** The recounts that a change of the counting rule asked for (a migration names them) and that did not run yet. */
  async openHerberekeningen(manager: EntityManager): Promise<string[]> {
    const rijen: { naam: string }[] = await manager.query(
      'SELECT naam FROM monitor_herberekeningen WHERE klaar_op IS NULL ORDER BY naam',
    );
    return rijen.map((r) => r.naam).filter((naam) => naam in HERBEREKENINGEN);
  }

  /** The next `max` inwoners, in id order after `na`, whom the recount `naam` covers; none once it is through. */
  async teHerberekenen(manager: EntityManager, naam: string, na: string, max: number): Promise<string[]> {
    const rijen: { id: string }[] = await manager.query(HERBEREKENINGEN[naam], [na, max]);
    return rijen.map((r) => r.id);
  }

  async herberekeningKlaar(manager: EntityManager, naam: string): Promise<void> {
    await manager.query('UPDATE monitor_herberekeningen SET klaar_op = now() WHERE naam = $1', [naam]);
  }

  /** `herbereken` of several inwoners, in one statement per step for all of them. */
  async herberekenAlle(manager: EntityManager, inwonerIds: readonly string[]): Promise<void> {
    const ids = [...new Set(inwonerIds.map((id) => id.toLowerCase()))].sort();
    if (ids.length === 0) return;
    // One inwoner's facts are weighed by one transaction at a time, so two late facts cannot both move the day
    // (locked in id order, so two batches sharing inwoners do not lock them crosswise).
    await queryPrepared(
      manager,
      `SELECT pg_advisory_xact_lock(hashtext('monitor:' || id)) FROM unnest($1::text[]) AS id`,
      [ids],
    );
    // Each inwoner's facts and each fact's traject are looked up by index, one by one (a lateral subquery that
    // OFFSET 0 keeps from being flattened into a join), whatever the statistics say. Planned as a join, a
    // table that grew fast while autovacuum had not analysed it yet (estimates by default selectivity) was read
    // whole for every batch: twice 22,500 facts for 50 inwoners, 10 ms of a batch's ~20 ms in PostgreSQL.
    const feiten: (Omit<Feit, 'trajecten'> & { inwonerId: string })[] = await manager.query(
      `SELECT f.inwoner_id AS "inwonerId", f.bron, f.soort, to_char(f.dag, 'YYYY-MM-DD') AS dag, to_char(f.op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS op,
              f.stap, f.gemeentecode
         FROM unnest($1::uuid[]) AS i(id)
        CROSS JOIN LATERAL (SELECT * FROM monitor_feiten WHERE inwoner_id = i.id OFFSET 0) f`,
      [ids],
    );
    // A fact counts inside any open traject of its person (binnenTraject), so each person's trajecten come with it.
    const perioden: (TrajectPeriode & { inwonerId: string })[] = await manager.query(
      `SELECT t.inwoner_id AS "inwonerId", to_char(t.afgesloten_op, 'YYYY-MM-DD') AS "afgeslotenOp",
              to_char((t.gestart_op AT TIME ZONE '${REGIO_TIJDZONE}')::date, 'YYYY-MM-DD') AS "gestartOp"
         FROM unnest($1::uuid[]) AS i(id)
        CROSS JOIN LATERAL (SELECT inwoner_id, afgesloten_op, gestart_op FROM trajecten WHERE inwoner_id = i.id OFFSET 0) t`,
      [ids],
    );
    const trajectenVan = new Map<string, TrajectPeriode[]>();
    for (const { inwonerId, ...periode } of perioden)
      trajectenVan.set(inwonerId, [...(trajectenVan.get(inwonerId) ?? []), periode]);
    const oude: Vooruit[] = await manager.query(
      `SELECT inwoner_id AS "inwonerId", to_char(dag, 'YYYY-MM-DD') AS dag, gemeentecode, stap, via, doelgroepen
         FROM monitor_vooruit WHERE inwoner_id = ANY($1::uuid[])`,
      [ids],
    );
    const oudVan = new Map(oude.map((o) => [o.inwonerId, o]));
    const feitenVan = new Map<string, Feit[]>();
    for (const f of feiten)
      feitenVan.set(f.inwonerId, [
        ...(feitenVan.get(f.inwonerId) ?? []),
        { ...f, trajecten: trajectenVan.get(f.inwonerId) ?? [] },
      ]);
    const weg: Vooruit[] = [];
    const nieuw: Feit[] = [];
    const nieuwVan: string[] = [];
    for (const id of ids) {
      const oud = oudVan.get(id);
      const telt = telmoment(feitenVan.get(id) ?? []);
      if (
        oud &&
        telt &&
        oud.dag === telt.dag &&
        oud.gemeentecode === telt.gemeentecode &&
        oud.stap === telt.stap &&
        oud.via === telt.soort
      )
        continue;
      if (oud) weg.push(oud);
      if (telt) {
        nieuw.push(telt);
        nieuwVan.push(id);
      }
    }
    const tellingen: Telling[] = [];
    const telVooruit = (v: Omit<Vooruit, 'inwonerId'>, delta: number) =>
      [`vooruit`, `vooruit:${v.stap}`, ...v.doelgroepen.map((g) => `vooruit:${g}`)].forEach((metriek) =>
        tellingen.push({ metriek: metriek as Metriek, dag: v.dag, gemeentecode: v.gemeentecode, delta }),
      );
    if (weg.length > 0) {
      await manager.query('DELETE FROM monitor_vooruit WHERE inwoner_id = ANY($1::uuid[])', [
        weg.map((o) => o.inwonerId),
      ]);
      for (const oud of weg) telVooruit(oud, -1);
    }
    if (nieuw.length > 0) {
      const groepen = await this.doelgroepenVanAlle(manager, nieuwVan);
      const rijen = nieuw.map((f, i) => ({
        inwoner_id: nieuwVan[i],
        dag: f.dag,
        gemeentecode: f.gemeentecode,
        stap: f.stap,
        via: f.soort,
        doelgroepen: groepen.get(nieuwVan[i])!,
      }));
      await queryPrepared(
        manager,
        `INSERT INTO monitor_vooruit (inwoner_id, dag, gemeentecode, stap, via, doelgroepen)
         SELECT inwoner_id, dag, gemeentecode, stap, via, doelgroepen
           FROM jsonb_to_recordset($1::jsonb) AS r(inwoner_id uuid, dag date, gemeentecode text, stap text, via text, doelgroepen text[])`,
        [JSON.stringify(rijen)],
      );
      for (const r of rijen) telVooruit(r, 1);
    }
    await this.tellingen.add(manager, tellingen);
  }

  /** The inwoner's doelgroepen as the aanmelding named them, or 'onbekend' without any. */
  async doelgroepenVan(manager: EntityManager, inwonerId: string): Promise<DoelgroepOfOnbekend[]> {
    return (await this.doelgroepenVanAlle(manager, [inwonerId])).get(inwonerId)!;
  }

  /** `doelgroepenVan` of several inwoners in one read, by inwoner id. */
  async doelgroepenVanAlle(
    manager: EntityManager,
    inwonerIds: readonly string[],
  ): Promise<Map<string, DoelgroepOfOnbekend[]>> {
    const rijen: { inwoner_id: string; doelgroepen: DoelgroepOfOnbekend[] }[] = await manager.query(
      'SELECT inwoner_id, doelgroepen FROM monitor_inwoners WHERE inwoner_id = ANY($1::uuid[])',
      [[...new Set(inwonerIds)]],
    );
    const van = new Map(rijen.map((r) => [r.inwoner_id, r.doelgroepen]));
    return new Map(inwonerIds.map((id) => [id, ofOnbekend(van.get(id.toLowerCase()))]));
  }

  /**
   * `delta` more of `metriek` on that day, in the daily and the monthly counters. Every aanmelding counts on the
   * same few counters: a batch of events gathers its counts and writes them at its end (GatheredWrites).
   */
  async tel(
    manager: EntityManager,
    metriek: Metriek,
    op: Date | string,
    gemeentecode: string,
    delta = 1,
  ): Promise<void> {
    await this.telAlle(manager, [metriek], op, gemeentecode, delta);
  }

  /** Several counts, each on its own day and gemeente, in one statement also outside a batch. */
  async telVerschillend(manager: EntityManager, tellingen: readonly Telling[]): Promise<void> {
    await this.tellingen.add(
      manager,
      tellingen.map((t) => ({ ...t, dag: dagVan(t.dag) })),
    );
  }

  /** `tel` of several counters on one day, in one statement also outside a batch. */
  async telAlle(
    manager: EntityManager,
    metrieken: readonly Metriek[],
    op: Date | string,
    gemeentecode: string,
    delta = 1,
  ): Promise<void> {
    const dag = dagVan(op);
    await this.tellingen.add(
      manager,
      metrieken.map((metriek) => ({ metriek, dag, gemeentecode, delta })),
    );
  }
}

/** Doelgroepen as the counters break them down: 'onbekend' for a person without any. */
export const ofOnbekend = (doelgroepen: readonly DoelgroepOfOnbekend[] | null | undefined): DoelgroepOfOnbekend[] =>
  doelgroepen?.length ? [...doelgroepen] : ['onbekend'];

/** A counter's row in monitor_vooruit: the inwoner's counting moment. */
interface Vooruit {
  inwonerId: string;
  dag: string;
  gemeentecode: string;
  stap: Stap;
  via: string;
  doelgroepen: DoelgroepOfOnbekend[];
}

export interface Telling {
  metriek: Metriek;
  dag: string;
  gemeentecode: string;
  delta: number;
}

/**
 * Adds counts to the daily and the monthly counters in one statement: summed per counter first (a statement may
 * change a row once) and written in key order, so concurrent writers lock the counters they share in one order.
 * The NOTIFY is delivered at commit, once per transaction (PostgreSQL folds equal ones), to every instance's
 * dashboard stream; it rides on the counters' statement, so it costs no round trip.
 */
async function schrijfTellingen(manager: EntityManager, tellingen: Telling[]): Promise<void> {
  await queryPrepared(
    manager,
    `WITH telling AS (
       SELECT metriek, dag, gemeentecode, sum(delta)::int AS aantal
         FROM unnest($1::text[], $2::date[], $3::text[], $4::int[]) AS t(metriek, dag, gemeentecode, delta)
        GROUP BY metriek, dag, gemeentecode),
     dagen AS (
       INSERT INTO monitor_tellingen (metriek, dag, gemeentecode, aantal)
       SELECT metriek, dag, gemeentecode, aantal FROM telling ORDER BY metriek, dag, gemeentecode
       ON CONFLICT (metriek, dag, gemeentecode) DO UPDATE SET aantal = monitor_tellingen.aantal + excluded.aantal),
     maanden AS (
       INSERT INTO monitor_maandtellingen (metriek, maand, gemeentecode, aantal)
       SELECT metriek, date_trunc('month', dag)::date AS maand, gemeentecode, sum(aantal)::int FROM telling
        GROUP BY metriek, maand, gemeentecode ORDER BY metriek, maand, gemeentecode
       ON CONFLICT (metriek, maand, gemeentecode) DO UPDATE SET aantal = monitor_maandtellingen.aantal + excluded.aantal)
     SELECT pg_notify($5, '')`,
    [
      tellingen.map((t) => t.metriek),
      tellingen.map((t) => t.dag),
      tellingen.map((t) => t.gemeentecode),
      tellingen.map((t) => t.delta),
      MONITOR_NOTIFY_CHANNEL,
    ],
  );
}
