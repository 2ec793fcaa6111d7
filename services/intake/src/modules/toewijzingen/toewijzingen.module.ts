import { Module } from '@nestjs/common';
import { ToewijzingRepository } from './database/toewijzing.repository';
import { TrajectToegewezenHandler } from './events/traject-toegewezen.handler';
import { TRAJECTHOUDERS } from './trajecthouders.port';

/** Who holds which traject, learnt from trajecten's events; exports the `Trajecthouders` port. */
@Module({
  providers: [
    ToewijzingRepository,
    TrajectToegewezenHandler,
    { provide: TRAJECTHOUDERS, useExisting: ToewijzingRepository },
  ],
  exports: [TRAJECTHOUDERS],
})
export class ToewijzingenModule {}
