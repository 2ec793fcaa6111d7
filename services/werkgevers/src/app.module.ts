import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@wiz/platform';

export const WERKGEVERS_API = {
  title: 'Werk in Zicht — Werkgevers',
  description: 'Employers, vacancies, arrangements, placements, SROI and afspraakbanen.',
  version: '1.0.0',
};

/** The service's platform (health, metrics, messaging, auth); its domain modules arrive with its own issue. */
@Module({})
export class WerkgeversAppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: WerkgeversAppModule,
      imports: [PlatformModule.forRoot({ config, persistence: { entities: [], migrations: [] } })],
    };
  }
}
