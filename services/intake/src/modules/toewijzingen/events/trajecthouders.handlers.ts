import { Injectable } from '@nestjs/common';
import { EventData, EventEnvelope, TrajectGestart, TrajectToegewezen, VervangingGeregeld } from '@wiz/contracts';
import { CombinedWrite, OnEventWrite } from '@wiz/platform';
import { ToewijzingRepository } from '../database/toewijzing.repository';

/**
 * Learns from trajecten who holds each traject (at its start, a reassignment, an accepted handover) and who stands in
 * for whom, so a consulent's read of the person follows a handover at once, and which aanmelding it came from, so its holders read that
 * aanmelding's person data and no other organisation's. The two events may arrive in either order; the platform's
 * inbox applies each once. Each is one statement with its inbox row (two follow every aanmelding).
 */
@Injectable()
export class TrajecthoudersProjectie {
  constructor(private readonly toewijzingen: ToewijzingRepository) {}

  @OnEventWrite(TrajectToegewezen)
  toegewezen(e: EventEnvelope<EventData<typeof TrajectToegewezen>>, write: CombinedWrite, na: string): void {
    const { trajectId, inwonerId, organisatie, team, consulent, versie, toegewezenOp } = e.data;
    this.toewijzingen.bewaarMee(
      write,
      { trajectId, inwonerId, organisatie, team, consulent, versie, toegewezenOp },
      na,
    );
  }

  @OnEventWrite(VervangingGeregeld)
  vervanging(e: EventEnvelope<EventData<typeof VervangingGeregeld>>, write: CombinedWrite, na: string): void {
    this.toewijzingen.bewaarVervangingMee(write, e.data, na);
  }

  @OnEventWrite(TrajectGestart)
  gestart(e: EventEnvelope<EventData<typeof TrajectGestart>>, write: CombinedWrite, na: string): void {
    this.toewijzingen.bewaarHerkomstMee(write, e.data.trajectId, e.data.aanmeldingId, na);
  }
}
