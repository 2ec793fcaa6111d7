import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventData, EventEnvelope, VerwerkingBeperkt } from '@wiz/contracts';
import { OnEvent, pasBeperkingToe } from '@wiz/platform';

/**
 * Keeps the newest restriction state per inwoner (an older event arriving late changes nothing). While restricted,
 * the API answers 403 "Verwerking beperkt" (BeperkingGuard) and follow-ups wait instead of firing; when it is lifted
 * the follow-up reconciler queues them again, and one whose moment passed fires at once.
 */
@Injectable()
export class VerwerkingBeperktHandler {
  @OnEvent(VerwerkingBeperkt)
  async handle(event: EventEnvelope<EventData<typeof VerwerkingBeperkt>>, m: EntityManager): Promise<void> {
    await pasBeperkingToe(m, event.data);
  }
}
