import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CombinedWrite, Principal } from '@wiz/platform';
import type { VersleuteldeBsn } from '../identity/bsn-vault';
import type { InwonerGegevens } from '../domain/inwoner-gegevens';
import type { GehoudenGegevens } from '../domain/correctie';
import type { AnoniemeGegevens } from '../inwonerregister.port';
import { inwonerZichtbaarVoor } from './zichtbaarheid';
import { behoudenRecord } from '../samengevoegde-records';

export interface NieuweInwonerRij extends Omit<InwonerGegevens, 'bsn'> {
  id: string;
  bsnHash: Buffer | null;
  bsn: VersleuteldeBsn | null;
  dubbelSleutel: string;
}

export interface BsnOnderOudeSleutel extends VersleuteldeBsn {
  inwonerId: string;
}

/** The identity held for a BSN (the inwoner row as first registered), what an aanmelding's identity is checked against. */
export interface GehoudenIdentiteit {
  id: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
}

const GEHOUDEN_IDENTITEIT = `id, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum`;

export interface NieuweInwonerUitkomst {
  /** False: one with this BSN lookup hash exists already; nothing was stored. */
  ingevoegd: boolean;
  /**
   * Not stored: the identity held for the BSN as the statement saw it; undefined when that inwoner was registered
   * by a concurrent statement (its row waited for, but not in this statement's snapshot).
   */
  bekend: GehoudenIdentiteit | undefined;
  dubbelen: string[];
  /** Whether the registering caller sees one of the duplicates. */
  dubbelGezien: boolean;
}

/**
 * The newest other inwoners (column id) with duplicate key `sleutel`, at most `max`; with `ookMetBsn` false only
 * those without a BSN (SQL expressions, so a statement of its own and a part of another share the rule).
 */
function dubbelKandidaten(id: string, sleutel: string, ookMetBsn: string, max: string): string {
  // A merged-away record keeps its key but is no longer anyone's duplicate: the kept one is.
  return `SELECT id FROM inwoners WHERE dubbel_sleutel = ${sleutel} AND id <> ${id} AND (${ookMetBsn} OR bsn_hash IS NULL)
            AND samengevoegd_in IS NULL
          ORDER BY created_at DESC, id DESC LIMIT ${max}`;
}

/** Flags inwoner `id` with each of `kandidaten` (a relation with column id) as a likely duplicate. */
function markeerDubbelenSql(id: string, kandidaten: string): string {
  // A pair known the other way round (also one marked as two people) is not proposed again.
  return `INSERT INTO mogelijke_dubbelen (id, inwoner_id, kandidaat_id)
          SELECT gen_random_uuid(), ${id}, k.id FROM ${kandidaten} k
           WHERE NOT EXISTS (SELECT 1 FROM mogelijke_dubbelen x WHERE x.inwoner_id = k.id AND x.kandidaat_id = ${id})
          ON CONFLICT DO NOTHING`;
}

/** The inwoner aggregate: the identity as first registered (inwoners) and its likely duplicates (mogelijke_dubbelen). */
@Injectable()
export class InwonerRepository {
  /**
   * Adds to the statement `write` a new inwoner, its duplicate-key candidates (the newest other inwoners with its key,
   * at most `max`; with `ookMetBsn` false only those without a BSN), their flags, and whether `wie` sees one of them:
   * nothing of it when one with this BSN lookup hash exists already, whose identity the statement then answers (so
   * an aanmelding of a known BSN needs no lookup of its own). Nothing either where the SQL condition `alleenAls` does
   * not hold. Returns the part that has a row when the inwoner was stored, and how to read the statement's answer.
   */
  voegToeMee(
    write: CombinedWrite,
    i: NieuweInwonerRij,
    ookMetBsn: boolean,
    max: number,
    wie: Principal,
    alleenAls: string,
  ): { nieuw: string; uitkomst: (antwoord: Record<string, unknown>) => NieuweInwonerUitkomst } {
    const p = (waarde: unknown) => write.param(waarde);
    const id = p(i.id);
    const sleutel = p(i.dubbelSleutel);
    const bsnHash = p(i.bsnHash);
    const waarden: unknown[] = [
      ...[i.voornaam, i.achternaam, i.geboortedatum, i.postcode, i.huisnummer, i.gemeentecode],
      ...[i.email ?? null, i.telefoon ?? null, i.geslacht ?? null],
    ];
    const nieuw = write.with(
      'inwoner',
      `INSERT INTO inwoners (id, voornaam, achternaam, geboortedatum, postcode, huisnummer, gemeentecode, email, telefoon,
                             geslacht, bsn_hash, bsn_versleuteld, bsn_sleutel_id, dubbel_sleutel)
       SELECT ${id}::uuid, ${waarden.map(p).join(', ')}, ${bsnHash}::bytea, ${p(i.bsn?.versleuteld ?? null)},
              ${p(i.bsn?.sleutelId ?? null)}, ${sleutel}
        WHERE ${alleenAls}
       ON CONFLICT (bsn_hash) DO NOTHING RETURNING id`,
    );
    const bekend = write.with('bekend', `SELECT ${GEHOUDEN_IDENTITEIT} FROM inwoners WHERE bsn_hash = ${bsnHash}`);
    const dubbelen = write.with(
      'dubbelen',
      `SELECT id FROM (${dubbelKandidaten(id, sleutel, p(ookMetBsn), p(max))}) k WHERE EXISTS (SELECT 1 FROM ${nieuw})`,
    );
    write.with('dubbelen_gemarkeerd', markeerDubbelenSql(id, dubbelen));
    const gezien = write.fragment((from) => inwonerZichtbaarVoor(wie, 'd.id', from));
    const kolom = (naam: string) => `${nieuw}_${naam}`;
    write.output(kolom('ingevoegd'), `EXISTS (SELECT 1 FROM ${nieuw})`);
    write.output(kolom('dubbelen'), `ARRAY(SELECT id FROM ${dubbelen})`);
    write.output(kolom('dubbel_gezien'), `EXISTS (SELECT 1 FROM ${dubbelen} d WHERE ${gezien})`);
    write.output(kolom('bekend'), `(SELECT row_to_json(b) FROM ${bekend} b)`);
    return {
      nieuw,
      uitkomst: (antwoord) => ({
        ingevoegd: antwoord[kolom('ingevoegd')] as boolean,
        bekend: (antwoord[kolom('bekend')] as GehoudenIdentiteit | null) ?? undefined,
        dubbelen: antwoord[kolom('dubbelen')] as string[],
        dubbelGezien: antwoord[kolom('dubbel_gezien')] as boolean,
      }),
    };
  }

  async voegAnoniemToe(m: EntityManager, id: string, g: AnoniemeGegevens): Promise<void> {
    await m.query(
      'INSERT INTO inwoners (id, voornaam, gemeentecode, email, telefoon, anoniem) VALUES ($1, $2, $3, $4, $5, true)',
      [id, g.roepnaam, g.gemeentecode, g.email, g.telefoon],
    );
  }

  async identiteitMetBsn(m: EntityManager, bsnHash: Buffer): Promise<GehoudenIdentiteit | undefined> {
    const [bestaand]: GehoudenIdentiteit[] = await m.query(
      `SELECT ${GEHOUDEN_IDENTITEIT} FROM inwoners WHERE bsn_hash = $1`,
      [bsnHash],
    );
    return bestaand;
  }

  /** The held identity of these inwoners, in the order given, not locked (to choose one; what is chosen locks itself). */
  async identiteitenVan(m: EntityManager, ids: readonly string[]): Promise<GehoudenIdentiteit[]> {
    const rijen: GehoudenIdentiteit[] = await m.query(
      `SELECT ${GEHOUDEN_IDENTITEIT} FROM inwoners WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids.flatMap((id) => rijen.filter((r) => r.id === id));
  }

  /** The newest other inwoners with this duplicate key, at most `max`; with `ookMetBsn` false only those without one. */
  async metDubbelSleutel(m: EntityManager, id: string, sleutel: string, ookMetBsn: boolean, max: number) {
    const rows: { id: string }[] = await m.query(dubbelKandidaten('$2::uuid', '$1', '$3', '$4'), [
      sleutel,
      id,
      ookMetBsn,
      max,
    ]);
    return rows.map((r) => r.id);
  }

  async markeerDubbelen(m: EntityManager, id: string, kandidaten: readonly string[]): Promise<void> {
    await m.query(markeerDubbelenSql('$1::uuid', '(SELECT unnest($2::uuid[]) AS id)'), [id, kandidaten]);
  }

  /** Locks the inwoner, so two changes of their consents are made one after the other. */
  async vergrendel(m: EntityManager, inwonerId: string): Promise<void> {
    await m.query('SELECT 1 FROM inwoners WHERE id = $1 FOR UPDATE', [inwonerId]);
  }

  /** Up to `max` BSNs under another key than the active one, locked; rows another rotation holds are skipped. */
  async bsnOnderOudeSleutel(m: EntityManager, actief: string, max: number): Promise<BsnOnderOudeSleutel[]> {
    const rows: { id: string; bsn_versleuteld: Buffer; bsn_sleutel_id: string }[] = await m.query(
      `SELECT id, bsn_versleuteld, bsn_sleutel_id FROM inwoners WHERE bsn_sleutel_id <> $1 LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [actief, max],
    );
    return rows.map((r) => ({ inwonerId: r.id, sleutelId: r.bsn_sleutel_id, versleuteld: r.bsn_versleuteld }));
  }

  async vervangBsn(m: EntityManager, inwonerId: string, bsn: VersleuteldeBsn): Promise<void> {
    await m.query('UPDATE inwoners SET bsn_versleuteld = $2, bsn_sleutel_id = $3 WHERE id = $1', [
      inwonerId,
      bsn.versleuteld,
      bsn.sleutelId,
    ]);
  }

  async aantalBsnOnderOudeSleutel(m: EntityManager, actief: string): Promise<number> {
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM inwoners WHERE bsn_sleutel_id <> $1', [actief]);
    return n;
  }

  /** The held identity with its version, locked for a change; undefined when no such inwoner exists. */
  async laadGehouden(m: EntityManager, inwonerId: string): Promise<GehoudenInwoner | undefined> {
    const [r] = await m.query(
      `SELECT voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, huisnummer, gemeentecode,
              email, telefoon, versie, bsn_hash IS NOT NULL AS heeft_bsn, samengevoegd_in, anoniem
         FROM inwoners WHERE id = $1 FOR UPDATE`,
      [inwonerId],
    );
    if (!r) return undefined;
    const { versie, heeft_bsn, samengevoegd_in, anoniem, geboortedatum, ...gegevens } = r;
    return { gegevens, geboortedatum, versie, heeftBsn: heeft_bsn, samengevoegdIn: samengevoegd_in, anoniem };
  }

  /** Stores corrected fields under the next version with the recomputed duplicate key. */
  async corrigeer(m: EntityManager, inwonerId: string, g: GehoudenGegevens, versie: number, sleutel: string | null) {
    await m.query(
      `UPDATE inwoners SET voornaam = $2, achternaam = $3, postcode = $4, huisnummer = $5, gemeentecode = $6, email = $7,
                           telefoon = $8, versie = $9, dubbel_sleutel = $10
        WHERE id = $1`,
      [
        inwonerId,
        g.voornaam,
        g.achternaam,
        g.postcode,
        g.huisnummer,
        g.gemeentecode,
        g.email,
        g.telefoon,
        versie,
        sleutel,
      ],
    );
  }

  /** The anonymous record becomes the identified person, under the next version. */
  async identificeer(m: EntityManager, i: NieuweInwonerRij): Promise<void> {
    await m.query(
      `UPDATE inwoners SET voornaam = $2, achternaam = $3, geboortedatum = $4, postcode = $5, huisnummer = $6, gemeentecode = $7,
                           email = $8, telefoon = $9, geslacht = $10, bsn_hash = $11, bsn_versleuteld = $12, bsn_sleutel_id = $13,
                           dubbel_sleutel = $14, anoniem = false, versie = versie + 1
        WHERE id = $1`,
      [
        ...[i.id, i.voornaam, i.achternaam, i.geboortedatum, i.postcode, i.huisnummer, i.gemeentecode],
        ...[i.email ?? null, i.telefoon ?? null, i.geslacht ?? null],
        ...[i.bsnHash, i.bsn?.versleuteld ?? null, i.bsn?.sleutelId ?? null, i.dubbelSleutel],
      ],
    );
  }

  /** Gives a record without BSN the one its person turned out to have (an identification matched it by key). */
  async zetBsn(m: EntityManager, inwonerId: string, hash: Buffer, bsn: VersleuteldeBsn): Promise<void> {
    await m.query('UPDATE inwoners SET bsn_hash = $2, bsn_versleuteld = $3, bsn_sleutel_id = $4 WHERE id = $1', [
      inwonerId,
      hash,
      bsn.versleuteld,
      bsn.sleutelId,
    ]);
  }

  /** Moves a BSN to another record (a merge): cleared first, as its lookup hash is unique. */
  async verplaatsBsn(m: EntityManager, van: string, naar: string, hash: Buffer, bsn: VersleuteldeBsn): Promise<void> {
    await m.query('UPDATE inwoners SET bsn_hash = NULL, bsn_versleuteld = NULL, bsn_sleutel_id = NULL WHERE id = $1', [
      van,
    ]);
    await this.zetBsn(m, naar, hash, bsn);
  }

  async versleuteldeBsn(m: EntityManager, inwonerId: string): Promise<VersleuteldeBsn | undefined> {
    const [r] = await m.query(
      'SELECT bsn_versleuteld, bsn_sleutel_id FROM inwoners WHERE id = $1 AND bsn_versleuteld IS NOT NULL',
      [inwonerId],
    );
    return r && { versleuteld: r.bsn_versleuteld, sleutelId: r.bsn_sleutel_id };
  }

  /** The record whose data an id stands for: the kept one when it was merged away, else itself. */
  behoudenVan(m: EntityManager, inwonerId: string): Promise<string> {
    return behoudenRecord(m, inwonerId);
  }

  /** The held details the person sees on "Mijn gegevens"; undefined when unknown or erased. */
  async eigenGegevens(m: EntityManager, inwonerId: string): Promise<EigenGegevens | undefined> {
    const [r] = await m.query(
      `SELECT voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, postcode, huisnummer,
              gemeentecode, email, telefoon, bsn_versleuteld AS "bsnVersleuteld", bsn_sleutel_id AS "bsnSleutelId"
       FROM inwoners WHERE id = $1 AND gewist_op IS NULL`,
      [inwonerId],
    );
    return r;
  }
}

export interface EigenGegevens {
  voornaam: string;
  achternaam: string | null;
  geboortedatum: string | null;
  postcode: string | null;
  huisnummer: string | null;
  gemeentecode: string;
  email: string | null;
  telefoon: string | null;
  bsnVersleuteld: Buffer | null;
  bsnSleutelId: string | null;
}

export interface GehoudenInwoner {
  gegevens: GehoudenGegevens;
  geboortedatum: string | null;
  versie: number;
  heeftBsn: boolean;
  /** Set once the record was merged into another: it changes no more. */
  samengevoegdIn: string | null;
  anoniem: boolean;
}
