import { Module } from '@nestjs/common';
import { DeelnemersregisterHandlers } from './events/deelnemersregister.handlers';
import { PlaatsingenHandlers } from './events/plaatsingen.handlers';
import { DeelnemersLezer } from './database/deelnemers-lezer';
import { DEELNEMERS } from './deelnemers.port';

/** The participant register, kept from events; claims read it through DEELNEMERS. */
@Module({
  providers: [DeelnemersregisterHandlers, PlaatsingenHandlers, { provide: DEELNEMERS, useClass: DeelnemersLezer }],
  exports: [DEELNEMERS],
})
export class DeelnemersModule {}
