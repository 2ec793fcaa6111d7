import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Stap } from '@wiz/contracts';
import { GatheredWrites } from '@wiz/platform';
import { Gebeurtenis, isStapVooruit, toegerekendeStap } from '../domain/stap-vooruit';
import { Feit, telmoment } from '../domain/telmoment';
import type { Context, DoelgroepOfOnbekend, Metriek, MonitorProjectiePort } from '../monitor.port';

/** Channel on which the monitor's counters announce a change. */
export const MONITOR_NOTIFY_CHANNEL = 'wiz_monitor';

const dagVan = (op: Date | string) => (typeof op === 'string' ? op.slice(0, 10) : op.toISOString().slice(0, 10));

/**
 * The read model of "20.000 inwoners een stap vooruit", written in the same transaction as the change it counts.
 * Every fact that is a step forward is kept (monitor_feiten); the inwoner's row in monitor_vooruit is their
 * earliest one (telmoment), so a fact that arrives late but happened earlier moves the counting day, and the
 * per-day counters move with it in the same transaction. Distinct inwoners, not events.
 */
@Injectable()
export class MonitorProjectie implements MonitorProjectiePort {
  private readonly tellingen = new GatheredWrites<Telling>(schrijfTellingen);

  async registreer(manager: EntityManager, g: Gebeurtenis, c: Context): Promise<void> {
    if (isStapVooruit(g)) {
      await manager.query(
        `INSERT INTO monitor_feiten (bron, inwoner_id, traject_id, soort, dag, op, stap, gemeentecode) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (bron) DO NOTHING`,
        [
          c.bron,
          c.inwonerId,
          c.trajectId,
          g.soort,
          dagVan(c.op),
          typeof c.op === 'string' ? `${c.op}T00:00:00Z` : c.op,
          toegerekendeStap(g, c.huidigeStap),
          c.gemeentecode,
        ],
      );
    }
    await this.herbereken(manager, c.inwonerId); // also when not a step: closing a traject can end a placement's claim
  }

  /** Puts the inwoner's counting moment where their facts say, moving the counters when it changed. */
  async herbereken(manager: EntityManager, inwonerId: string): Promise<void> {
    // One inwoner's facts are weighed by one transaction at a time, so two late facts cannot both move the day.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('monitor:' || $1))`, [inwonerId]);
    const feiten: Feit[] = await manager.query(
      `SELECT f.bron, f.soort, to_char(f.dag, 'YYYY-MM-DD') AS dag, to_char(f.op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS op,
              f.stap, f.gemeentecode, to_char(t.afgesloten_op, 'YYYY-MM-DD') AS "afgeslotenOp"
         FROM monitor_feiten f LEFT JOIN trajecten t ON t.id = f.traject_id WHERE f.inwoner_id = $1`,
      [inwonerId],
    );
    const nieuw = telmoment(feiten);
    const [oud] = await manager.query(
      `SELECT to_char(dag, 'YYYY-MM-DD') AS dag, gemeentecode, stap, via, doelgroepen FROM monitor_vooruit WHERE inwoner_id = $1`,
      [inwonerId],
    );
    if (
      oud &&
      nieuw &&
      oud.dag === nieuw.dag &&
      oud.gemeentecode === nieuw.gemeentecode &&
      oud.stap === nieuw.stap &&
      oud.via === nieuw.soort
    )
      return;
    if (oud) {
      await manager.query('DELETE FROM monitor_vooruit WHERE inwoner_id = $1', [inwonerId]);
      await this.tel(manager, 'vooruit', oud.dag, oud.gemeentecode, -1);
      await this.tel(manager, `vooruit:${oud.stap as Stap}`, oud.dag, oud.gemeentecode, -1);
      for (const g of oud.doelgroepen as DoelgroepOfOnbekend[])
        await this.tel(manager, `vooruit:${g}`, oud.dag, oud.gemeentecode, -1);
    }
    if (nieuw) {
      const groepen = await this.doelgroepenVan(manager, inwonerId);
      await manager.query(
        `INSERT INTO monitor_vooruit (inwoner_id, dag, gemeentecode, stap, via, doelgroepen) VALUES ($1, $2, $3, $4, $5, $6)`,
        [inwonerId, nieuw.dag, nieuw.gemeentecode, nieuw.stap, nieuw.soort, groepen],
      );
      await this.tel(manager, 'vooruit', nieuw.dag, nieuw.gemeentecode);
      await this.tel(manager, `vooruit:${nieuw.stap}`, nieuw.dag, nieuw.gemeentecode);
      for (const g of groepen) await this.tel(manager, `vooruit:${g}`, nieuw.dag, nieuw.gemeentecode);
    }
  }

  /** The inwoner's doelgroepen as the aanmelding named them, or 'onbekend' without any. */
  async doelgroepenVan(manager: EntityManager, inwonerId: string): Promise<DoelgroepOfOnbekend[]> {
    const [rij] = await manager.query('SELECT doelgroepen FROM monitor_inwoners WHERE inwoner_id = $1', [inwonerId]);
    return ofOnbekend(rij?.doelgroepen);
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

interface Telling {
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
  await manager.query(
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
