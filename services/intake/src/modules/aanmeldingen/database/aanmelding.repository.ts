import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CombinedWrite } from '@wiz/platform';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AanmeldingEntity } from './aanmelding.entity';
import type { InwonerGegevens } from '../../inwoners/domain/inwoner-gegevens';

export type NieuweAanmeldingRij = Omit<AanmeldingEntity, 'createdAt' | 'anoniem' | 'afgerondGepubliceerd'> &
  Partial<Pick<AanmeldingEntity, 'anoniem' | 'afgerondGepubliceerd'>>;

/** What became of an aanmelding's INSERT (`AanmeldingRepository.voegToeMee`). */
export type Opslag = 'opgeslagen' | 'verouderd' | 'zonder-na';

/**
 * The aanmelding aggregate (the aanmeldingen table): written at registration, read by id; an anonymous one gets its
 * person data once, at identification.
 */
@Injectable()
export class AanmeldingRepository {
  async voegToe(m: EntityManager, aanmelding: NieuweAanmeldingRij): Promise<void> {
    // The jsonb situatie is a plain record, which TypeORM's deep-partial insert type cannot see through.
    await m.insert(AanmeldingEntity, aanmelding as QueryDeepPartialEntity<AanmeldingEntity>);
  }

  /**
   * The condition, in the statement `write`, that routing version `versie` is still the newest: the aanmelding is
   * stored only where it holds, and what goes with it may ask the same, so a statement that stores no aanmelding
   * stores nothing at all.
   */
  versieGeldig(write: CombinedWrite, versie: number): string {
    return `${write.param(versie)}::int = (SELECT max(versie) FROM routeringsregels)`;
  }

  /**
   * Adds the aanmelding's INSERT to the statement `write`: stored only if its routeringsversie is still the newest
   * version (the routing table in force is kept in memory, and this check in the INSERT itself costs no round trip
   * of its own), and, with `na`, only for a row of that part (the inwoner it belongs to, written in the same
   * statement). Returns the part's name (one row once stored) and how to read the statement's answer: `verouderd`
   * when a newer version was published (by another instance; route again), `zonder-na` when `na` had no row.
   */
  voegToeMee(
    write: CombinedWrite,
    a: NieuweAanmeldingRij & { routeringsversie: number },
    na?: string,
  ): { aanmelding: string; uitkomst: (antwoord: Record<string, unknown>) => Opslag } {
    const p = (waarde: unknown) => write.param(waarde);
    const versieGeldig = this.versieGeldig(write, a.routeringsversie);
    const waarden: unknown[] = [
      ...[a.id, a.inwonerId, a.kanaal, a.status, a.organisatie, a.voornaam, a.achternaam, a.geboortedatum],
      ...[a.postcode, a.huisnummer, a.gemeentecode, a.email, a.telefoon, a.geslacht, JSON.stringify(a.route)],
      ...[a.routeringsversie, a.routeringsregel, JSON.stringify(a.situatie), a.hulpvraag, a.hulpvraagSoort],
      ...[a.participatieladder, a.geregistreerdDoor, a.geregistreerdDoorOrganisatie],
      ...[a.anoniem ?? false, a.afgerondGepubliceerd ?? true],
    ];
    const aanmelding = write.with(
      'aanmelding',
      `INSERT INTO aanmeldingen (id, inwoner_id, kanaal, status, organisatie, voornaam, achternaam, geboortedatum, postcode,
                                 huisnummer, gemeentecode, email, telefoon, geslacht, route, routeringsversie, routeringsregel,
                                 situatie, hulpvraag, hulpvraag_soort, participatieladder, geregistreerd_door,
                                 geregistreerd_door_organisatie, anoniem, afgerond_gepubliceerd)
       SELECT ${waarden.map(p).join(', ')}${na ? ` FROM ${na}` : ''}
        WHERE ${versieGeldig}
       RETURNING 1`,
    );
    write.output(`${aanmelding}_opgeslagen`, `EXISTS (SELECT 1 FROM ${aanmelding})`);
    write.output(`${aanmelding}_versie_geldig`, versieGeldig);
    const uitkomst = (antwoord: Record<string, unknown>): Opslag => {
      if (antwoord[`${aanmelding}_opgeslagen`]) return 'opgeslagen';
      return antwoord[`${aanmelding}_versie_geldig`] ? 'zonder-na' : 'verouderd';
    };
    return { aanmelding, uitkomst };
  }

  async vind(m: EntityManager, id: string): Promise<AanmeldingEntity | null> {
    return m.getRepository(AanmeldingEntity).findOneBy({ id });
  }

  /** The inwoner's anonymous aanmeldingen whose aanmelding-afgerond still waits, locked. */
  async wachtOpIdentificatie(m: EntityManager, inwonerId: string): Promise<AanmeldingEntity[]> {
    return m
      .getRepository(AanmeldingEntity)
      .find({ where: { inwonerId, anoniem: true, afgerondGepubliceerd: false }, lock: { mode: 'pessimistic_write' } });
  }

  /** The identity the person gave is what these aanmeldingen captured; their aanmelding-afgerond goes out now. */
  async vulIdentiteitIn(m: EntityManager, ids: readonly string[], g: InwonerGegevens): Promise<void> {
    await m.query(
      `UPDATE aanmeldingen SET voornaam = $2, achternaam = $3, geboortedatum = $4, postcode = $5, huisnummer = $6, gemeentecode = $7,
                               email = COALESCE($8, email), telefoon = COALESCE($9, telefoon), geslacht = COALESCE(geslacht, $10),
                               afgerond_gepubliceerd = true
        WHERE id = ANY($1::uuid[])`,
      [
        ids,
        g.voornaam,
        g.achternaam,
        g.geboortedatum,
        g.postcode,
        g.huisnummer,
        g.gemeentecode,
        g.email ?? null,
      ].concat([g.telefoon ?? null, g.geslacht ?? null]),
    );
  }
}
