import { Module } from '@nestjs/common';
import { PlatformAuditModule } from '@wiz/platform';
import { PERSOONSGEGEVENS } from './persoonsgegevens';

/** werkgevers's audit trail: the platform's (append-only audit_log, AuditTrail, the privacy officer's queries). */
@Module({ imports: [PlatformAuditModule.register({ routes: PERSOONSGEGEVENS })], exports: [PlatformAuditModule] })
export class AuditModule {}
