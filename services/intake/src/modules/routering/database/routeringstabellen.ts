import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OpgeslagenRegeltabelSchema, Regeltabel, RegeltabelSchema } from '../domain';
import { VersieConflict } from '../domain/regeltabel-fouten';
import type { Routeringstabel } from '../routeringstabel.port';

export interface RegeltabelVersie {
  versie: number;
  tabel: Regeltabel;
  toelichting: string;
  vastgesteldDoor: string;
  vastgesteldOp: string;
}

/**
 * The routing table lives in the database as immutable versions: a change is a new version, and every aanmelding
 * records the version that routed it. The migrations write the seeded versions (1: the first default, 2: the
 * corrected JTF/NPG areas of issue 15); beheer adds the next ones.
 */
@Injectable()
export class Routeringstabellen implements Routeringstabel {
  // Versions never change once stored, so a parsed version can be kept for good.
  private readonly parsed = new Map<number, Regeltabel>();
  /**
   * The version in force as last seen. Another instance may publish a newer one: the aanmelding's INSERT checks the
   * version in the same statement (see Routeringstabel), so a stale one costs one retry, never a wrong route.
   */
  private inGebruik?: number;

  constructor(private readonly dataSource: DataSource) {}

  async huidige(manager: EntityManager): Promise<{ versie: number; tabel: Regeltabel }> {
    if (this.inGebruik === undefined) {
      const [row] = await manager.query('SELECT max(versie) AS versie FROM routeringsregels');
      this.inGebruik = row.versie as number;
    }
    const versie = this.inGebruik;
    return { versie, tabel: await this.tabel(manager, versie) };
  }

  verouderd(versie: number): void {
    if (this.inGebruik === versie) this.inGebruik = undefined;
  }

  async versie(versie: number): Promise<RegeltabelVersie | undefined> {
    // The column is a PostgreSQL integer: a larger number is no version (and would make the query fail).
    if (!Number.isSafeInteger(versie) || versie < 1 || versie > 2_147_483_647) return undefined;
    const [row] = await this.dataSource.query('SELECT * FROM routeringsregels WHERE versie = $1', [versie]);
    return row && toVersie(row);
  }

  async laatste(): Promise<RegeltabelVersie> {
    const [row] = await this.dataSource.query('SELECT * FROM routeringsregels ORDER BY versie DESC LIMIT 1');
    return toVersie(row);
  }

  async voegToe(tabel: Regeltabel, toelichting: string, door: string): Promise<RegeltabelVersie> {
    const checked = RegeltabelSchema.parse(tabel);
    try {
      const [row] = await this.dataSource.query(
        `INSERT INTO routeringsregels (versie, tabel, toelichting, vastgesteld_door)
         SELECT coalesce(max(versie), 0) + 1, $1, $2, $3 FROM routeringsregels RETURNING *`,
        [JSON.stringify(checked), toelichting, door],
      );
      this.inGebruik = undefined;
      return toVersie(row);
    } catch (err) {
      // The primary key on versie lets only one of two concurrent inserts of the same next number win.
      if ((err as { code?: string }).code === '23505') throw new VersieConflict();
      throw err;
    }
  }

  private async tabel(manager: EntityManager, versie: number): Promise<Regeltabel> {
    let tabel = this.parsed.get(versie);
    if (!tabel) {
      const [row] = await manager.query('SELECT tabel FROM routeringsregels WHERE versie = $1', [versie]);
      tabel = OpgeslagenRegeltabelSchema.parse(row.tabel);
      this.parsed.set(versie, tabel);
    }
    return tabel;
  }
}

function toVersie(row: {
  versie: number;
  tabel: Regeltabel;
  toelichting: string;
  vastgesteld_door: string;
  vastgesteld_op: Date;
}): RegeltabelVersie {
  return {
    versie: row.versie,
    tabel: row.tabel,
    toelichting: row.toelichting,
    vastgesteldDoor: row.vastgesteld_door,
    vastgesteldOp: row.vastgesteld_op.toISOString(),
  };
}
