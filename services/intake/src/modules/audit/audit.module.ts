import { Module } from '@nestjs/common';
import { PlatformAuditModule } from '@wiz/platform';
import { INTAKE_GEGEVENS } from '../privacy/inzage/gegevenssoorten';
import { PERSOONSGEGEVENS } from './persoonsgegevens';

/** intake's audit trail: the platform's (append-only audit_log, AuditTrail, the privacy officer's queries). */
@Module({
  imports: [PlatformAuditModule.register({ routes: PERSOONSGEGEVENS, gegevens: INTAKE_GEGEVENS })],
  exports: [PlatformAuditModule],
})
export class AuditModule {}
