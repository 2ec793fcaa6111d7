import { Module } from '@nestjs/common';
import { BsnVault } from './identity/bsn-vault';
import { InwonerRegister } from './identity/inwoner-register';
import { AuditLog } from '../audit/audit-log';
import { GetInwonerController } from './queries/get-inwoner/get-inwoner.controller';
import { ZoekInwonersController } from './queries/zoek-inwoners/zoek-inwoners.controller';
import { WijzigToestemmingController } from './commands/wijzig-toestemming/wijzig-toestemming.controller';
import { MogelijkeDubbelenController } from './queries/mogelijke-dubbelen/mogelijke-dubbelen.controller';
import { HerversleutelBsnController } from './commands/herversleutel-bsn/herversleutel-bsn.controller';
import { IdentiteitscontrolesController } from './queries/identiteitscontroles/identiteitscontroles.controller';
import { BeoordeelIdentiteitController } from './commands/beoordeel-identiteit/beoordeel-identiteit.controller';
import { Identiteitscontroles } from './database/identiteitscontroles';
import { INTAKE_CONFIG } from '../../config/intake-config.module';
import type { IntakeConfig } from '../../config/intake-config';

@Module({
  controllers: [
    GetInwonerController,
    ZoekInwonersController,
    WijzigToestemmingController,
    MogelijkeDubbelenController,
    HerversleutelBsnController,
    IdentiteitscontrolesController,
    BeoordeelIdentiteitController,
  ],
  providers: [
    { provide: BsnVault, inject: [INTAKE_CONFIG], useFactory: (config: IntakeConfig) => new BsnVault(config.bsn) },
    InwonerRegister,
    Identiteitscontroles,
    AuditLog,
  ],
  exports: [InwonerRegister, Identiteitscontroles, BsnVault, AuditLog],
})
export class InwonersModule {}
