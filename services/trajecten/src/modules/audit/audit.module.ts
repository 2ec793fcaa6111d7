import { Module } from '@nestjs/common';
import { PlatformAuditModule } from '@wiz/platform';
import { CaseloadModule } from '../caseload/caseload.module';
import { CaseloadGroottes } from './database/caseload-groottes';
import { DossierInzage } from './dossier-inzage';
import { TRAJECTEN_GEGEVENS } from '../privacy/inzage/gegevenssoorten';
import { PERSOONSGEGEVENS } from './persoonsgegevens';

/**
 * trajecten's audit trail: the platform's (append-only audit_log, AuditTrail, the privacy officer's queries, with
 * the caseloads this service knows), and the audited read of a journal or a plan.
 */
@Module({
  imports: [
    CaseloadModule,
    PlatformAuditModule.register({
      routes: PERSOONSGEGEVENS,
      caseloads: CaseloadGroottes,
      gegevens: TRAJECTEN_GEGEVENS,
    }),
  ],
  providers: [DossierInzage],
  exports: [DossierInzage, PlatformAuditModule],
})
export class AuditModule {}
