import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersoonsgegevensWissen } from '../persoonsgegevens-wissen.port';

/**
 * Destroys intake's personal data of inwoners, part by part (an erasure takes every part, retention each part when
 * its period has passed). Rows stay where other records or the legal record point at them (the inwoner, an
 * aanmelding: id, kanaal, organisation, route), emptied of everything that names, locates or describes the person;
 * rows that are only about the person go. Each part is idempotent: it touches only what still holds data.
 *
 * Live destruction, no crypto-shredding: a per-person key kept in this same database (wrapped by the master key the
 * service holds) is in every backup beside the ciphertext, so deleting it would make nothing in a backup unreadable;
 * it helps only with a key store backed up apart and for a shorter time (a KMS). Until then backups (CloudNativePG,
 * 30 days in production) hold what was erased until they expire; after a restore the erasures since the backup
 * must be applied again (the inwoner-gewist events stay a year in the stream). See README "Erasure".
 */
@Injectable()
export class PersoonsgegevensWisser implements PersoonsgegevensWissen {
  /**
   * The identity: name, birth date, address, contact, BSN (ciphertext and lookup hash), duplicate key, the person's
   * correction requests, and the words of their requests to the privacy officer.
   */
  async identiteit(m: EntityManager, ids: readonly string[], op: Date): Promise<number> {
    const [, n]: [unknown, number] = await m.query(
      `UPDATE inwoners SET voornaam = '', achternaam = NULL, geboortedatum = NULL, postcode = NULL, huisnummer = NULL,
              email = NULL, telefoon = NULL, geslacht = NULL, bsn_hash = NULL, bsn_versleuteld = NULL,
              bsn_sleutel_id = NULL, dubbel_sleutel = NULL, gewist_op = $2
        WHERE id = ANY($1::uuid[]) AND gewist_op IS NULL`,
      [ids, op],
    );
    // Corrections (old and new values) and merge reasons: append-only for the runtime role, hence the function.
    await m.query('SELECT wis_inwoner_historie($1::uuid[])', [ids]);
    // Correction requests (issue 20) repeat the person's details in their own words: part of the identity.
    await m.query('DELETE FROM correctieverzoeken WHERE inwoner_id = ANY($1::uuid[])', [ids]);
    // A request to the privacy officer stays as the record that it was answered in time; the words in it go.
    await m.query(
      `UPDATE rechtenverzoeken SET toelichting = NULL, uitkomst_toelichting = NULL, verlenging_reden = NULL
        WHERE inwoner_id = ANY($1::uuid[])
          AND (toelichting IS NOT NULL OR uitkomst_toelichting IS NOT NULL OR verlenging_reden IS NOT NULL)`,
      [ids],
    );
    await this.opgeslagenAntwoorden(m, ids);
    return n;
  }

  /** What each aanmelding captured: person data, the ESF+ and situation answers, the hulpvraag in the person's words. */
  async aanmeldingen(m: EntityManager, ids: readonly string[], op: Date): Promise<number> {
    const rijen: { id: string }[] = await m.query('SELECT id FROM aanmeldingen WHERE inwoner_id = ANY($1::uuid[])', [
      ids,
    ]);
    const [, n]: [unknown, number] = await m.query(
      `UPDATE aanmeldingen SET voornaam = '', achternaam = NULL, geboortedatum = NULL, postcode = NULL, huisnummer = NULL,
              email = NULL, telefoon = NULL, geslacht = NULL, situatie = '{}'::jsonb, hulpvraag = '', gewist_op = $2
        WHERE inwoner_id = ANY($1::uuid[]) AND gewist_op IS NULL`,
      [ids, op],
    );
    await this.opgeslagenAntwoorden(
      m,
      rijen.map((r) => r.id),
    );
    return n;
  }

  /** Identity checks (which fields differed, beheer's note). */
  async identiteitscontroles(m: EntityManager, ids: readonly string[]): Promise<number> {
    const [, n]: [unknown, number] = await m.query(
      'DELETE FROM identiteitscontroles WHERE inwoner_id = ANY($1::uuid[])',
      [ids],
    );
    return n;
  }

  /** Likely-duplicate pairs either side of which is one of them. */
  async dubbelen(m: EntityManager, ids: readonly string[]): Promise<number> {
    const [, n]: [unknown, number] = await m.query(
      'DELETE FROM mogelijke_dubbelen WHERE inwoner_id = ANY($1::uuid[]) OR kandidaat_id = ANY($1::uuid[])',
      [ids],
    );
    return n;
  }

  /** The consents in force (their history, who changed what when, stays: it names no one but staff). */
  async toestemmingen(m: EntityManager, ids: readonly string[]): Promise<number> {
    const [, n]: [unknown, number] = await m.query('DELETE FROM toestemmingen WHERE inwoner_id = ANY($1::uuid[])', [
      ids,
    ]);
    return n;
  }

  async alles(m: EntityManager, ids: readonly string[], op: Date): Promise<void> {
    await this.identiteitscontroles(m, ids);
    await this.dubbelen(m, ids);
    await this.toestemmingen(m, ids);
    await this.aanmeldingen(m, ids, op);
    await this.identiteit(m, ids, op);
  }

  /** Stored Idempotency-Key answers (an aanmelding's 201 repeats the person's data) that name these ids. */
  private async opgeslagenAntwoorden(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await m.query(
      `DELETE FROM idempotency_keys k
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS id WHERE k.response_body::text LIKE '%' || id || '%')`,
      [ids],
    );
  }
}
