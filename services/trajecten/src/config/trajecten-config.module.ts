import { DynamicModule, Global, Module } from '@nestjs/common';
import { TRAJECTEN_CONFIG, TrajectenConfig } from './trajecten-config';

@Global()
@Module({})
export class TrajectenConfigModule {
  static forRoot(config: TrajectenConfig): DynamicModule {
    return {
      module: TrajectenConfigModule,
      providers: [{ provide: TRAJECTEN_CONFIG, useValue: config }],
      exports: [TRAJECTEN_CONFIG],
    };
  }
}
