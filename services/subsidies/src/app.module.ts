import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@wiz/platform';

export const SUBSIDIES_API = {
  title: 'Werk in Zicht — Subsidies',
  description: 'JTF and NPG subsidy administration: regelingen, deelnemers, kostenregels and declaraties.',
  version: '1.0.0',
};

/** The service's platform (health, metrics, messaging, auth); its domain modules arrive with its own issue. */
@Module({})
export class SubsidiesAppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: SubsidiesAppModule,
      imports: [PlatformModule.forRoot({ config, persistence: { entities: [], migrations: [] } })],
    };
  }
}
