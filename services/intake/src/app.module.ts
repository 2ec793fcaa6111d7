import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@wiz/platform';
import { AanmeldingenModule, AANMELDINGEN_ENTITIES } from './modules/aanmeldingen/aanmeldingen.module';
import { Aanmeldingen1763856100000 } from './database/migrations/1763856100000-aanmeldingen';

export const INTAKE_API = {
  title: 'Werk in Zicht — Intake',
  description: 'No Wrong Door: register everyone who asks for help and give them a route.',
  version: '1.0.0',
};

@Module({})
export class IntakeModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        PlatformModule.forRoot({ config, persistence: { entities: AANMELDINGEN_ENTITIES, migrations: [Aanmeldingen1763856100000] } }),
        AanmeldingenModule,
      ],
    };
  }
}
