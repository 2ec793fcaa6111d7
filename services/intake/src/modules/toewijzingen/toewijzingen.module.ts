import { Module } from '@nestjs/common';
import { ToewijzingRepository } from './database/toewijzing.repository';
import { TrajecthoudersProjectie } from './events/trajecthouders.handlers';
import { TRAJECTHOUDERS } from './trajecthouders.port';

/** Who holds which traject, learnt from trajecten's events; exports the `Trajecthouders` port. */
@Module({
  providers: [
    ToewijzingRepository,
    TrajecthoudersProjectie,
    { provide: TRAJECTHOUDERS, useExisting: ToewijzingRepository },
  ],
  exports: [TRAJECTHOUDERS],
})
export class ToewijzingenModule {}
