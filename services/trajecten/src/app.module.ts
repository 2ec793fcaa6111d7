import { DynamicModule, Module } from '@nestjs/common';
import { BewaartermijnenModule, loadBewaartermijnen, PlatformConfig, PlatformModule } from '@wiz/platform';
import { TrajectenModule } from './modules/trajecten/trajecten.module';
import { MonitorModule } from './modules/monitor/monitor.module';
import { TrajectenConfigModule } from './config/trajecten-config.module';
import { loadTrajectenConfig } from './config/trajecten-config';
import { Trajecten1763856200000 } from './database/migrations/1763856200000-trajecten';
import { TrajectenWerk1763910000000 } from './database/migrations/1763910000000-trajecten-werk';
import { MonitorDagIndex1795449600000 } from './database/migrations/1795449600000-monitor-dag-index';
import { MonitorTeldefinitie21795536000000 } from './database/migrations/1795536000000-monitor-teldefinitie-2';
import { Rapportages1796500000000 } from './database/migrations/1796500000000-rapportages';
import { RapportagesModule } from './modules/rapportages/rapportages.module';
import { Caseload1797000000000 } from './database/migrations/1797000000000-caseload';
import { CaseloadModule } from './modules/caseload/caseload.module';
import { JournaalPlan1797100000000 } from './database/migrations/1797100000000-journaal-plan';
import { JournaalModule } from './modules/journaal/journaal.module';
import { PlanModule } from './modules/plan/plan.module';
import { Privacy1797300000000 } from './database/migrations/1797300000000-privacy';
import { AuditLogEenvormig1797200000000 } from './database/migrations/1797200000000-audit-log-eenvormig';
import { AuditWieNaam1797410000000 } from './database/migrations/1797410000000-audit-wie-naam';
import { MonitorWerkVoorTraject1797500000000 } from './database/migrations/1797500000000-monitor-werk-voor-traject';
import { Werkuren1797600000000 } from './database/migrations/1797600000000-werkuren';
import { VervangingenAangekondigd1797700000000 } from './database/migrations/1797700000000-vervangingen-aangekondigd';
import { NotitieHouder1797800000000 } from './database/migrations/1797800000000-notitie-houder';
import { OverdrachtNaarStap1797900000000 } from './database/migrations/1797900000000-overdracht-naar-stap';
import { EenGeplandeHerinnering1798000000000 } from './database/migrations/1798000000000-een-geplande-herinnering';
import { MonitorBuitenTraject1798100000000 } from './database/migrations/1798100000000-monitor-buiten-traject';
import { MonitorVerhuizingen1798200000000 } from './database/migrations/1798200000000-monitor-verhuizingen';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { MijnModule } from './modules/mijn/mijn.module';
import { TrajectenBewaartermijnTaak } from './modules/privacy/jobs/trajecten-bewaartermijn.taak';
import { STANDAARD_TERMIJNEN } from './modules/privacy/domain/wisbare-gegevens';

export const TRAJECTEN_API = {
  title: 'Werk in Zicht — Trajecten',
  description:
    'Five-step trajecten, caseloads and handovers, journal and plan, activities, follow-ups, the duurzaamheidscheck and the 20.000 monitor.',
  version: '1.1.0',
};

@Module({})
export class TrajectenAppModule {
  /** `env` holds trajecten's own settings (timer durations); the platform configuration is validated before. */
  static register(config: PlatformConfig, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: TrajectenAppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          persistence: {
            entities: [],
            migrations: [
              Trajecten1763856200000,
              TrajectenWerk1763910000000,
              MonitorDagIndex1795449600000,
              MonitorTeldefinitie21795536000000,
              Rapportages1796500000000,
              Caseload1797000000000,
              JournaalPlan1797100000000,
              Privacy1797300000000,
              AuditLogEenvormig1797200000000,
              AuditWieNaam1797410000000,
              MonitorWerkVoorTraject1797500000000,
              Werkuren1797600000000,
              VervangingenAangekondigd1797700000000,
              NotitieHouder1797800000000,
              OverdrachtNaarStap1797900000000,
              EenGeplandeHerinnering1798000000000,
              MonitorBuitenTraject1798100000000,
              MonitorVerhuizingen1798200000000,
            ],
            // A published report never changes: the runtime may only add and read them.
            // Nor is a journal note, an agreement on the plan or the log of who read them.
            appendOnly: ['rapportages', 'rapportage_bestanden', 'journaal_notities', 'plan_akkoorden', 'audit_log'],
            // Except erasure (AVG art. 17, retention): these texts may become '[gewist]', as the tables' trigger allows.
            erasable: { journaal_notities: ['tekst', 'reden'], plan_akkoorden: ['door'] },
          },
        }),
        TrajectenConfigModule.forRoot(loadTrajectenConfig(env)),
        MonitorModule,
        CaseloadModule,
        TrajectenModule,
        RapportagesModule,
        JournaalModule,
        PlanModule,
        PrivacyModule,
        MijnModule,
        BewaartermijnenModule.register({
          instellingen: loadBewaartermijnen('trajecten', STANDAARD_TERMIJNEN, env),
          taak: TrajectenBewaartermijnTaak,
          imports: [PrivacyModule],
        }),
      ],
    };
  }
}
