import { Module } from '@nestjs/common';
import { DeelnemersModule } from '../deelnemers/deelnemers.module';
import { KostenregelsModule } from '../kostenregels/kostenregels.module';
import { RegelingenModule } from '../regelingen/regelingen.module';
import { MaakDeclaratieController } from './commands/maak-declaratie/maak-declaratie.controller';
import { MaakDeclaratieService } from './commands/maak-declaratie/maak-declaratie.service';
import { DienDeclaratieInController } from './commands/dien-declaratie-in/dien-declaratie-in.controller';
import { DienDeclaratieInService } from './commands/dien-declaratie-in/dien-declaratie-in.service';
import { LeesDeclaratieController } from './queries/lees-declaratie/lees-declaratie.controller';
import { LeesDeclaratieService } from './queries/lees-declaratie/lees-declaratie.service';
import { LijstDeclaratiesController } from './queries/lijst-declaraties/lijst-declaraties.controller';
import { ExporteerDeclaratieController } from './queries/exporteer-declaratie/exporteer-declaratie.controller';
import { ExporteerDeclaratieService } from './queries/exporteer-declaratie/exporteer-declaratie.service';
import { DeclaratieRepository } from './database/declaratie.repository';
import { DECLARATIE_REPOSITORY } from './database/declaratie.repository.port';
import { DeclaratieSamensteller } from './samenstellen/declaratie-samensteller';
import { DeclaratieWachtrij } from './samenstellen/declaratie-wachtrij';
import { DeclaratieToegang } from './declaratie-toegang';
import { WerkerPlaatsen } from './queries/werker/werker-plaatsen';

/** Claims: compiled from the cost lines, the regeling and the participant register, each asked through its port. */
@Module({
  imports: [RegelingenModule, KostenregelsModule, DeelnemersModule],
  controllers: [
    MaakDeclaratieController,
    LijstDeclaratiesController,
    LeesDeclaratieController,
    DienDeclaratieInController,
    ExporteerDeclaratieController,
  ],
  providers: [
    MaakDeclaratieService,
    DienDeclaratieInService,
    ExporteerDeclaratieService,
    LeesDeclaratieService,
    DeclaratieToegang,
    DeclaratieSamensteller,
    DeclaratieWachtrij,
    WerkerPlaatsen,
    { provide: DECLARATIE_REPOSITORY, useClass: DeclaratieRepository },
  ],
})
export class DeclaratiesModule {}
