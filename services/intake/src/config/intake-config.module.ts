import { DynamicModule, Global, Module } from '@nestjs/common';
import type { IntakeConfig } from './intake-config';

export const INTAKE_CONFIG = Symbol('wiz:intake-config');

@Global()
@Module({})
export class IntakeConfigModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeConfigModule,
      providers: [{ provide: INTAKE_CONFIG, useValue: config }],
      exports: [INTAKE_CONFIG],
    };
  }
}
