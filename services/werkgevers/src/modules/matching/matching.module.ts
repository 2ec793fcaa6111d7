import { Module } from '@nestjs/common';
import { KandidatenVoorVacatureController } from './queries/kandidaten-voor-vacature/kandidaten-voor-vacature.controller';
import { KandidatenVoorVacature } from './queries/kandidaten-voor-vacature/kandidaten-voor-vacature.query';
import { WerkgeversModule } from '../werkgevers/werkgevers.module';
import { KandidatenModule } from '../kandidaten/kandidaten.module';

/** Consent-aware matching of candidates to a vacancy, under pseudonymous codes (the key is configured). */
@Module({
  imports: [WerkgeversModule, KandidatenModule],
  controllers: [KandidatenVoorVacatureController],
  providers: [KandidatenVoorVacature],
})
export class MatchingModule {}
