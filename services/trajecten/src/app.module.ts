import { DynamicModule, Module } from '@nestjs/common';
import { PlatformConfig, PlatformModule } from '@wiz/platform';
import { TrajectenModule, TRAJECTEN_ENTITIES } from './modules/trajecten/trajecten.module';
import { Trajecten1763856200000 } from './database/migrations/1763856200000-trajecten';

export const TRAJECTEN_API = {
  title: 'Werk in Zicht — Trajecten',
  description: 'Five-step trajecten, activities, follow-ups and the 20.000 monitor.',
  version: '1.0.0',
};

@Module({})
export class TrajectenAppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: TrajectenAppModule,
      imports: [
        PlatformModule.forRoot({ config, persistence: { entities: TRAJECTEN_ENTITIES, migrations: [Trajecten1763856200000] } }),
        TrajectenModule,
      ],
    };
  }
}
