import { DynamicModule, Module } from '@nestjs/common';
import { RegelingenController } from './regelingen/commands/regelingen.controller';
import { DeelnemersregisterHandlers } from './deelnemers/events/deelnemersregister.handlers';
import { PlaatsingenHandlers } from './deelnemers/events/plaatsingen.handlers';
import { KostenregelsController } from './kostenregels/commands/kostenregels.controller';
import { KostenregelsLijstController } from './kostenregels/queries/kostenregels-lijst.controller';
import { KostenregelOpslag } from './kostenregels/database/kostenregel-opslag';
import { KostenregelImporteur } from './kostenregels/database/kostenregel-importeur';
import { KostenregelImportWachtrij } from './kostenregels/database/kostenregel-import-wachtrij';
import { KostenregelImportController } from './kostenregels/queries/kostenregel-import.controller';
import { DeclaratiesController } from './declaraties/commands/declaraties.controller';
import { DeclaratiesLijstController } from './declaraties/queries/declaraties-lijst.controller';
import { ExportController } from './declaraties/queries/export.controller';
import { DeclaratieSamensteller } from './declaraties/database/declaratie-samensteller';
import { DeclaratieWachtrij } from './declaraties/database/declaratie-wachtrij';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../config/subsidies-config';

/** Schemes, the participant register, cost lines and claims. */
@Module({})
export class SubsidiesModule {
  static register(config: SubsidiesConfig): DynamicModule {
    return {
      module: SubsidiesModule,
      controllers: [
        RegelingenController,
        KostenregelsController,
        KostenregelsLijstController,
        KostenregelImportController,
        DeclaratiesController,
        DeclaratiesLijstController,
        ExportController,
      ],
      providers: [
        DeelnemersregisterHandlers,
        PlaatsingenHandlers,
        KostenregelOpslag,
        KostenregelImporteur,
        KostenregelImportWachtrij,
        DeclaratieSamensteller,
        DeclaratieWachtrij,
        { provide: SUBSIDIES_CONFIG, useValue: config },
      ],
    };
  }
}
