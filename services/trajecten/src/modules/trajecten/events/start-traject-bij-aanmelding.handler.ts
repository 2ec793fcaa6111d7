import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AanmeldingAfgerond, EventData, EventEnvelope } from '@wiz/contracts';
import { OnEvent } from '@wiz/platform';
import { TrajectEntity } from '../database/traject.entity';
import { startTraject } from '../domain/traject';

/** One traject per aanmelding. The inbox makes redelivery harmless; the unique aanmelding_id guards it twice. */
@Injectable()
export class StartTrajectBijAanmelding {
  @OnEvent(AanmeldingAfgerond)
  async handle(event: EventEnvelope<EventData<typeof AanmeldingAfgerond>>, manager: EntityManager): Promise<void> {
    const { data } = event;
    const id = randomUUID();
    const start = startTraject({ id, stap: data.stap, gestartOp: data.aangemeldOp });
    await manager
      .createQueryBuilder()
      .insert()
      .into(TrajectEntity)
      .values({
        id,
        inwonerId: data.inwonerId,
        aanmeldingId: data.aanmeldingId,
        organisatie: data.organisatie,
        gemeentecode: data.gemeentecode,
        ...start,
        gestartOp: new Date(data.aangemeldOp),
      })
      .orIgnore()
      .execute();
  }
}
