import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { CorrigeerbaarVeld, Veldwijziging } from '../domain/correctie';

export interface InwonerWijziging extends Veldwijziging {
  versie: number;
  reden: string;
  gewijzigdDoor: string;
  gewijzigdDoorOrganisatie: string;
  gewijzigdOp: string;
}

/**
 * The history of corrections (inwoner_wijzigingen): one row per changed field, old → new, with who, when and why.
 * Only ever added to (the runtime role may not update or delete it).
 */
@Injectable()
export class InwonerWijzigingen {
  async voegToe(
    m: EntityManager,
    inwonerId: string,
    versie: number,
    wijzigingen: readonly Veldwijziging[],
    reden: string,
    door: Principal,
    op: Date,
  ): Promise<void> {
    await m.query(
      `INSERT INTO inwoner_wijzigingen (inwoner_id, versie, veld, oud, nieuw, reden, gewijzigd_door, gewijzigd_door_organisatie, gewijzigd_op)
       SELECT $1, $2, w.veld, w.oud, w.nieuw, $3, $4, $5, $6
         FROM unnest($7::text[], $8::text[], $9::text[]) AS w(veld, oud, nieuw)`,
      [
        ...[inwonerId, versie, reden, door.subject, door.organisatie, op],
        ...[wijzigingen.map((w) => w.veld), wijzigingen.map((w) => w.oud), wijzigingen.map((w) => w.nieuw)],
      ],
    );
  }

  /** The fields corrected since `sinds` under any of the person's ids (their own and those merged into it). */
  async gecorrigeerdSinds(m: EntityManager, inwonerIds: readonly string[], sinds: string): Promise<string[]> {
    const rows: { veld: string }[] = await m.query(
      `SELECT DISTINCT veld FROM inwoner_wijzigingen WHERE inwoner_id = ANY($1::uuid[]) AND gewijzigd_op >= $2`,
      [inwonerIds, sinds],
    );
    return rows.map((r) => r.veld);
  }

  /** Oldest first. */
  async van(m: EntityManager, inwonerId: string): Promise<InwonerWijziging[]> {
    const rows: Record<string, any>[] = await m.query(
      `SELECT versie, veld, oud, nieuw, reden, gewijzigd_door, gewijzigd_door_organisatie, gewijzigd_op
         FROM inwoner_wijzigingen WHERE inwoner_id = $1 ORDER BY id`,
      [inwonerId],
    );
    return rows.map((r) => ({
      versie: r.versie,
      veld: r.veld as CorrigeerbaarVeld,
      oud: r.oud,
      nieuw: r.nieuw,
      reden: r.reden,
      gewijzigdDoor: r.gewijzigd_door,
      gewijzigdDoorOrganisatie: r.gewijzigd_door_organisatie,
      gewijzigdOp: (r.gewijzigd_op as Date).toISOString(),
    }));
  }
}

/**
 * Per field the newest corrected value made after `na`: a view built from an aanmelding older than a correction
 * shows the corrected value (a read, so a plain function the views call in their own transaction).
 */
export async function correctiesNa(
  m: EntityManager,
  inwonerId: string,
  na: string,
): Promise<Partial<Record<CorrigeerbaarVeld, string | null>>> {
  const rows: { veld: CorrigeerbaarVeld; nieuw: string | null }[] = await m.query(
    `SELECT DISTINCT ON (veld) veld, nieuw FROM inwoner_wijzigingen
      WHERE inwoner_id = $1 AND gewijzigd_op > $2 ORDER BY veld, id DESC`,
    [inwonerId, na],
  );
  return Object.fromEntries(rows.map((r) => [r.veld, r.nieuw]));
}
