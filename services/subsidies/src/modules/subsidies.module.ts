import { DynamicModule, Module } from '@nestjs/common';
import { SubsidiesConfig } from '../config/subsidies-config';
import { SubsidiesConfigModule } from '../config/subsidies-config.module';
import { RegelingenModule } from './regelingen/regelingen.module';
import { DeelnemersModule } from './deelnemers/deelnemers.module';
import { KostenregelsModule } from './kostenregels/kostenregels.module';
import { DeclaratiesModule } from './declaraties/declaraties.module';
import { AuditModule } from './audit/audit.module';

/** Schemes, the participant register, cost lines and claims: one module per context. */
@Module({})
export class SubsidiesModule {
  static register(config: SubsidiesConfig): DynamicModule {
    return {
      module: SubsidiesModule,
      imports: [
        SubsidiesConfigModule.forRoot(config),
        RegelingenModule,
        DeelnemersModule,
        KostenregelsModule,
        DeclaratiesModule,
        AuditModule,
      ],
    };
  }
}
