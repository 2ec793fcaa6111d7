import { Module } from '@nestjs/common';
import { PlatformAuditModule } from '@wiz/platform';
import { WERKGEVERS_GEGEVENS } from '../privacy/inzage/gegevenssoorten';
import { PERSOONSGEGEVENS } from './persoonsgegevens';

/** werkgevers's audit trail: the platform's (append-only audit_log, AuditTrail, the privacy officer's queries, the
 * inwoner's own view and export). */
@Module({
  imports: [PlatformAuditModule.register({ routes: PERSOONSGEGEVENS, gegevens: WERKGEVERS_GEGEVENS })],
  exports: [PlatformAuditModule],
})
export class AuditModule {}
