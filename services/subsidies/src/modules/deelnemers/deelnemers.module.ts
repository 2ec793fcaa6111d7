import { Module } from '@nestjs/common';
import { DeelnemersregisterHandlers } from './events/deelnemersregister.handlers';
import { PlaatsingenHandlers } from './events/plaatsingen.handlers';
import { DeelnemerRepository } from './database/deelnemer.repository';
import { DEELNEMERS } from './deelnemers.port';

/** The participant register, kept from events; claims read it through DEELNEMERS. */
@Module({
  providers: [
    DeelnemersregisterHandlers,
    PlaatsingenHandlers,
    DeelnemerRepository,
    { provide: DEELNEMERS, useExisting: DeelnemerRepository },
  ],
  exports: [DEELNEMERS],
})
export class DeelnemersModule {}
