import { Module } from '@nestjs/common';
import { PlatformAuditModule } from '@wiz/platform';
import { SUBSIDIES_GEGEVENS } from '../privacy/inzage/gegevenssoorten';
import { PERSOONSGEGEVENS } from './persoonsgegevens';

/** subsidies's audit trail: the platform's (append-only audit_log, AuditTrail, the privacy officer's queries). */
@Module({
  imports: [PlatformAuditModule.register({ routes: PERSOONSGEGEVENS, gegevens: SUBSIDIES_GEGEVENS })],
  exports: [PlatformAuditModule],
})
export class AuditModule {}
