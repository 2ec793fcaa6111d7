import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@wiz/platform';
import { Werkgevers1763920000000 } from './database/migrations/1763920000000-werkgevers';
import { Organisaties1764680000000 } from './database/migrations/1764680000000-organisaties';
import { SkillsVocabulaire1764900000000 } from './database/migrations/1764900000000-skills-vocabulaire';
import { SroiDoelgroepAfleiding1764900100000 } from './database/migrations/1764900100000-sroi-doelgroep-afleiding';
import { AfspraakbanenBasisUren1764900200000 } from './database/migrations/1764900200000-afspraakbanen-basis-uren';
import { VacatureStatus1765100000000 } from './database/migrations/1765100000000-vacature-status';
import { TrajectOrganisatieVersie1765200000000 } from './database/migrations/1765200000000-traject-organisatie-versie';
import { Privacy1766400000000 } from './database/migrations/1766400000000-privacy';
import { PlaatsingEindeCode1766500000000 } from './database/migrations/1766500000000-plaatsing-einde-code';
import { ToestemmingPerDoel1766510000000 } from './database/migrations/1766510000000-toestemming-per-doel';
import { AuditLogEenvormig1766000000000 } from './database/migrations/1766000000000-audit-log-eenvormig';
import { AuditWieNaam1766520000000 } from './database/migrations/1766520000000-audit-wie-naam';
import { WerkgeversModule } from './modules/werkgevers/werkgevers.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { PlaatsingenModule } from './modules/plaatsingen/plaatsingen.module';
import { SroiModule } from './modules/sroi/sroi.module';
import { ArrangementenModule } from './modules/arrangementen/arrangementen.module';
import { MatchingModule } from './modules/matching/matching.module';
import { KandidatenModule } from './modules/kandidaten/kandidaten.module';
import { SkillsModule } from './modules/skills/skills.module';
import { RapportageModule } from './modules/rapportage/rapportage.module';
import { KeuzelijstenModule } from './modules/keuzelijsten/keuzelijsten.module';
import { WerkgeversConfigModule } from './config/werkgevers-config.module';
import { loadWerkgeversConfig } from './config/werkgevers-config';

export const WERKGEVERS_API = {
  title: 'Werk in Zicht — Werkgevers',
  description: 'Employers, vacancies, arrangements, consent-aware matching, placements, SROI and afspraakbanen.',
  version: '1.1.0',
};

@Module({})
export class WerkgeversAppModule {
  /** `env` holds werkgevers' own settings (SROI bouwblokken, the candidate-code key); the platform configuration is validated before. */
  static register(config: PlatformConfig, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: WerkgeversAppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          persistence: {
            entities: [],
            migrations: [
              Werkgevers1763920000000,
              Organisaties1764680000000,
              SkillsVocabulaire1764900000000,
              SroiDoelgroepAfleiding1764900100000,
              AfspraakbanenBasisUren1764900200000,
              VacatureStatus1765100000000,
              TrajectOrganisatieVersie1765200000000,
              Privacy1766400000000,
              PlaatsingEindeCode1766500000000,
              ToestemmingPerDoel1766510000000,
              AuditLogEenvormig1766000000000,
              AuditWieNaam1766520000000,
            ],
            // Who changed the configuration or confirmed a figure: never rewritten.
            appendOnly: ['audit_log'],
          },
        }),
        WerkgeversConfigModule.forRoot(loadWerkgeversConfig(env)),
        SkillsModule,
        WerkgeversModule,
        KandidatenModule,
        PlaatsingenModule,
        SroiModule,
        ArrangementenModule,
        MatchingModule,
        RapportageModule,
        KeuzelijstenModule,
        PrivacyModule.register(env),
      ],
    };
  }
}
