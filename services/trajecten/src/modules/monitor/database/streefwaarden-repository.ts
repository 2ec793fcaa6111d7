import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { StreefwaardeVastgesteld, type StreefwaardeVastgesteldData } from '@wiz/contracts';
import { currentCorrelationId, Outbox } from '@wiz/platform';
import type { NieuweStreefwaarde, Streefwaarde } from '../domain/monitor-cijfers.type';

const KOLOMMEN = `id, sleutel, gemeentecode, to_char(geldig_vanaf, 'YYYY-MM-DD') AS "geldigVanaf", to_char(basisdatum, 'YYYY-MM-DD') AS basisdatum,
  beginstand, beginstand_eenheden::float8 AS "beginstandEenheden", doel, doel_eenheden::float8 AS "doelEenheden",
  vastgesteld_door AS "vastgesteldDoor", to_char(vastgesteld_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "vastgesteldOp"`;

/** Dated, append-only targets and starting balances; each new one is published to the other services. */
@Injectable()
export class StreefwaardenRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Every one ever set, newest first: the history beheer sees, and what the monitor picks the applicable one from. */
  async alle(m: EntityManager | DataSource = this.db): Promise<Streefwaarde[]> {
    return m.query(`SELECT ${KOLOMMEN} FROM streefwaarden ORDER BY vastgesteld_op DESC, id`);
  }

  async voegToe(m: EntityManager, s: NieuweStreefwaarde, door: string): Promise<Streefwaarde> {
    const [rij] = await m.query(
      `INSERT INTO streefwaarden (id, sleutel, gemeentecode, geldig_vanaf, basisdatum, beginstand, beginstand_eenheden, doel, doel_eenheden, vastgesteld_door, vastgesteld_op, correlation_id, gepubliceerd)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11, true) RETURNING ${KOLOMMEN}`,
      [
        randomUUID(),
        s.sleutel,
        s.gemeentecode,
        s.geldigVanaf,
        s.basisdatum,
        s.beginstand,
        s.beginstandEenheden,
        s.doel,
        s.doelEenheden,
        door,
        currentCorrelationId(),
      ],
    );
    await this.publiceer(m, rij);
    return rij;
  }

  /** Rows the migration seeded are published once, by the first instance to start (the row lock keeps it once). */
  async publiceerOpenstaande(m: EntityManager): Promise<number> {
    const open: Streefwaarde[] = await m.query(
      `SELECT ${KOLOMMEN} FROM streefwaarden WHERE NOT gepubliceerd ORDER BY vastgesteld_op FOR UPDATE SKIP LOCKED`,
    );
    for (const s of open) {
      await this.publiceer(m, s);
      await m.query('UPDATE streefwaarden SET gepubliceerd = true WHERE id = $1', [s.id]);
    }
    return open.length;
  }

  private async publiceer(m: EntityManager, s: Streefwaarde): Promise<void> {
    const data: StreefwaardeVastgesteldData = {
      streefwaardeId: s.id,
      sleutel: s.sleutel,
      geldigVanaf: s.geldigVanaf,
      vastgesteldOp: s.vastgesteldOp,
    };
    if (s.gemeentecode) data.gemeentecode = s.gemeentecode;
    if (s.basisdatum) data.basisdatum = s.basisdatum;
    if (s.beginstand !== null) data.beginstand = s.beginstand;
    if (s.beginstandEenheden !== null) data.beginstandEenheden = s.beginstandEenheden;
    if (s.doel !== null) data.doel = s.doel;
    if (s.doelEenheden !== null) data.doelEenheden = s.doelEenheden;
    await this.outbox.add(m, StreefwaardeVastgesteld, data, { subject: s.id });
  }
}
