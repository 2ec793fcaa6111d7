import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule, UploadOptions } from '@wiz/platform';
import { Subsidies1763930000000 } from './database/migrations/1763930000000-subsidies';
import { Organisaties1764710000000 } from './database/migrations/1764710000000-organisaties';
import { KostenregelImporten1764720000000 } from './database/migrations/1764720000000-kostenregel-importen';
import { EsfDeelnemersregister1765100000000 } from './database/migrations/1765100000000-esf-deelnemersregister';
import { AuditLog1766000000000 } from './database/migrations/1766000000000-audit-log';
import { Privacy1766410000000 } from './database/migrations/1766410000000-privacy';
import { AuditWieNaam1766420000000 } from './database/migrations/1766420000000-audit-wie-naam';
import { DeclaratieOordelen1766430000000 } from './database/migrations/1766430000000-declaratie-oordelen';
import { KostenregelMetBewijsstuk1766440000000 } from './database/migrations/1766440000000-kostenregel-met-bewijsstuk';
import { SubsidiesModule } from './modules/subsidies.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { loadSubsidiesConfig } from './config/subsidies-config';
import { CSV, XLSX } from './modules/kostenregels/import/open-import';

export const SUBSIDIES_API = {
  title: 'Werk in Zicht — Subsidies',
  description: 'JTF and NPG subsidy administration: regelingen, deelnemers, kostenregels and declaraties.',
  version: '1.1.0',
};

/** Cost-line imports arrive as CSV or XLSX bodies, with their own size limit. */
export function subsidiesUploads(env: NodeJS.ProcessEnv = process.env): UploadOptions {
  return { contentTypes: [CSV, XLSX], limitBytes: loadSubsidiesConfig(env).importLimitBytes };
}

@Module({})
export class SubsidiesAppModule {
  static register(config: PlatformConfig, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: SubsidiesAppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          persistence: {
            entities: [],
            migrations: [
              Subsidies1763930000000,
              Organisaties1764710000000,
              KostenregelImporten1764720000000,
              EsfDeelnemersregister1765100000000,
              Privacy1766410000000,
              AuditLog1766000000000,
              AuditWieNaam1766420000000,
              DeclaratieOordelen1766430000000,
              KostenregelMetBewijsstuk1766440000000,
            ],
            // A claim's history, and the lines claimed (a line is claimed at most once, ever): never rewritten.
            appendOnly: ['declaratie_audit', 'ingediende_kostenregels', 'audit_log'],
          },
        }),
        SubsidiesModule.register(loadSubsidiesConfig(env)),
        PrivacyModule.register(env),
      ],
    };
  }
}
