import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@wiz/platform';
import { AanmeldingenModule } from './modules/aanmeldingen/aanmeldingen.module';
import { AanmeldingEntity } from './modules/aanmeldingen/database/aanmelding.entity';
import { InwonerEntity } from './modules/inwoners/database/inwoner.entity';
import { InwonersModule } from './modules/inwoners/inwoners.module';
import { RouteringModule } from './modules/routering/routering.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { InwonersessiesModule } from './modules/inwonersessies/inwonersessies.module';
import { intakeBewaartermijnenModule } from './modules/bewaartermijnen/bewaartermijnen.module';
import { WissenBeperkenBewaren1766200000000 } from './database/migrations/1766200000000-wissen-beperken-bewaren';
import { Correctieverzoeken1766320000000 } from './database/migrations/1766320000000-correctieverzoeken';
import { Rechtenverzoeken1766330000000 } from './database/migrations/1766330000000-rechtenverzoeken';
import { TrajectVervangingen1766340000000 } from './database/migrations/1766340000000-traject-vervangingen';
import { RechtenverzoekVerlenging1766350000000 } from './database/migrations/1766350000000-rechtenverzoek-verlenging';
import { ToestemmingPerDoel1766310000000 } from './database/migrations/1766310000000-toestemming-per-doel';
import { IntakeConfigModule } from './config/intake-config.module';
import { loadIntakeConfig } from './config/intake-config';
import { Aanmeldingen1763856100000 } from './database/migrations/1763856100000-aanmeldingen';
import { IdentiteitRouteringToestemming1763900000000 } from './database/migrations/1763900000000-identiteit-routering-toestemming';
import { IdentiteitPerAanmelding1764000000000 } from './database/migrations/1764000000000-identiteit-per-aanmelding';
import { RouteringstabelV21764100000000 } from './database/migrations/1764100000000-routeringstabel-v2';
import { TrajectToewijzingen1764200000000 } from './database/migrations/1764200000000-traject-toewijzingen';
import { CorrectieSamenvoegingAnoniem1766100000000 } from './database/migrations/1766100000000-correctie-samenvoeging-anoniem';
import { AuditLogEenvormig1766000000000 } from './database/migrations/1766000000000-audit-log-eenvormig';

export const INTAKE_API = {
  title: 'Werk in Zicht — Intake',
  description: 'No Wrong Door: register everyone who asks for help and give them a route.',
  version: '1.1.0',
};

@Module({})
export class IntakeModule {
  /** `env` holds intake's own secrets (BSN keys); the platform configuration is validated before. */
  static register(config: PlatformConfig, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        PlatformModule.forRoot({
          config,
          persistence: {
            entities: [AanmeldingEntity, InwonerEntity],
            migrations: [
              Aanmeldingen1763856100000,
              IdentiteitRouteringToestemming1763900000000,
              IdentiteitPerAanmelding1764000000000,
              RouteringstabelV21764100000000,
              TrajectToewijzingen1764200000000,
              CorrectieSamenvoegingAnoniem1766100000000,
              WissenBeperkenBewaren1766200000000,
              ToestemmingPerDoel1766310000000,
              AuditLogEenvormig1766000000000,
              Correctieverzoeken1766320000000,
              Rechtenverzoeken1766330000000,
              TrajectVervangingen1766340000000,
              RechtenverzoekVerlenging1766350000000,
            ],
            // Who read or changed whose personal data, and every consent given or withdrawn: never rewritten.
            // Corrections and merges too (no owner trigger there: an erasure must be able to destroy their names).
            appendOnly: ['audit_log', 'toestemming_wijzigingen', 'inwoner_wijzigingen', 'inwoner_samenvoegingen'],
          },
        }),
        IntakeConfigModule.forRoot(loadIntakeConfig(env)),
        InwonersModule,
        RouteringModule,
        AanmeldingenModule,
        PrivacyModule,
        intakeBewaartermijnenModule(env),
        InwonersessiesModule.register(env),
      ],
    };
  }
}
