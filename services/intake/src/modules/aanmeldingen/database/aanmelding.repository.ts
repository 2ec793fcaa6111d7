import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AanmeldingEntity } from './aanmelding.entity';

export type NieuweAanmeldingRij = Omit<AanmeldingEntity, 'createdAt'>;

/** The aanmelding aggregate (the aanmeldingen table): written once at registration, read by id. */
@Injectable()
export class AanmeldingRepository {
  async voegToe(m: EntityManager, aanmelding: NieuweAanmeldingRij): Promise<void> {
    // The jsonb situatie is a plain record, which TypeORM's deep-partial insert type cannot see through.
    await m.insert(AanmeldingEntity, aanmelding as QueryDeepPartialEntity<AanmeldingEntity>);
  }

  async vind(m: EntityManager, id: string): Promise<AanmeldingEntity | null> {
    return m.getRepository(AanmeldingEntity).findOneBy({ id });
  }
}
