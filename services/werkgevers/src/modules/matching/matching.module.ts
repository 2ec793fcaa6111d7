import { Module } from '@nestjs/common';
import { KandidatenVoorVacatureController } from './queries/kandidaten-voor-vacature/kandidaten-voor-vacature.controller';
import { KandidatenVoorVacature } from './queries/kandidaten-voor-vacature/kandidaten-voor-vacature.query';
import { MijnVacaturesController } from './queries/mijn-vacatures/mijn-vacatures.controller';
import { MijnVacaturesLijst } from './queries/mijn-vacatures/mijn-vacatures.query';
import { WerkgeversModule } from '../werkgevers/werkgevers.module';
import { KandidatenModule } from '../kandidaten/kandidaten.module';
import { AuditModule } from '../audit/audit.module';

/**
 * Consent-aware matching of candidates to a vacancy, under pseudonymous codes (the key is configured), and the
 * vacancies an inwoner is a candidate for.
 */
@Module({
  imports: [WerkgeversModule, KandidatenModule, AuditModule],
  controllers: [KandidatenVoorVacatureController, MijnVacaturesController],
  providers: [KandidatenVoorVacature, MijnVacaturesLijst],
})
export class MatchingModule {}
