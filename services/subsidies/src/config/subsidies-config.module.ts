import { DynamicModule, Global, Module } from '@nestjs/common';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from './subsidies-config';

/** The service's settings for every context, wired once at the root (as trajecten and intake do). */
@Global()
@Module({})
export class SubsidiesConfigModule {
  static forRoot(config: SubsidiesConfig): DynamicModule {
    return {
      module: SubsidiesConfigModule,
      providers: [{ provide: SUBSIDIES_CONFIG, useValue: config }],
      exports: [SUBSIDIES_CONFIG],
    };
  }
}
