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
