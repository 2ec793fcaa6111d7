import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AanmeldingEntity } from './aanmelding.entity';
import type { InwonerGegevens } from '../../inwoners/domain/inwoner-gegevens';

export type NieuweAanmeldingRij = Omit<AanmeldingEntity, 'createdAt' | 'anoniem' | 'afgerondGepubliceerd'> &
  Partial<Pick<AanmeldingEntity, 'anoniem' | 'afgerondGepubliceerd'>>;

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
   * Stores the aanmelding only if its routeringsversie is still the newest version: the routing table in force is
   * kept in memory, and this check in the INSERT itself costs no round trip of its own. False: nothing stored, a
   * newer version was published (by another instance); route again.
   */
  async voegToeOpVersie(m: EntityManager, a: NieuweAanmeldingRij & { routeringsversie: number }): Promise<boolean> {
    const stored: unknown[] = await m.query(
      `INSERT INTO aanmeldingen (id, inwoner_id, kanaal, status, organisatie, voornaam, achternaam, geboortedatum, postcode,
                                 huisnummer, gemeentecode, email, telefoon, geslacht, route, routeringsversie, routeringsregel,
                                 situatie, hulpvraag, hulpvraag_soort, participatieladder, geregistreerd_door,
                                 geregistreerd_door_organisatie, anoniem, afgerond_gepubliceerd)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::int, $17, $18, $19, $20, $21, $22, $23, $24, $25
        WHERE $16::int = (SELECT max(versie) FROM routeringsregels)
       RETURNING 1`,
      [
        ...[a.id, a.inwonerId, a.kanaal, a.status, a.organisatie, a.voornaam, a.achternaam, a.geboortedatum],
        ...[a.postcode, a.huisnummer, a.gemeentecode, a.email, a.telefoon, a.geslacht, JSON.stringify(a.route)],
        ...[a.routeringsversie, a.routeringsregel, JSON.stringify(a.situatie), a.hulpvraag, a.hulpvraagSoort],
        ...[a.participatieladder, a.geregistreerdDoor, a.geregistreerdDoorOrganisatie],
        ...[a.anoniem ?? false, a.afgerondGepubliceerd ?? true],
      ],
    );
    return stored.length > 0;
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
