import { DynamicModule, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { loadAuditDrempels } from './audit-config';
import { AuditController } from './audit.controller';
import { AuditInzage } from './audit-inzage';
import { AuditInterceptor } from './audit.interceptor';
import { AUDIT_ROUTES, type AuditRouteTable } from './audit-routes';
import { AuditTrail } from './audit-trail';
import { AUDIT_CASELOADS, AUDIT_DREMPELS } from './caseloads';
import { AuditLogLezer } from './database/audit-log-lezer';
import { PLATFORM_AUDIT_ROUTES } from './platform-routes';

export interface PlatformAuditOptions {
  /** The service's one decision about personal data (see AuditRouteTable). */
  routes: AuditRouteTable;
  /** The service's Caseloads implementation, with what it needs in `imports`. */
  caseloads?: Provider;
  imports?: ModuleMetadata['imports'];
}

/**
 * The audit trail every service mounts once, from its own AuditModule: the writer (AuditTrail), the interceptor that
 * audits every person-linked route, and the privacy officer's GET /audit and /audit/ongebruikelijk.
 */
@Module({})
export class PlatformAuditModule {
  static register(options: PlatformAuditOptions): DynamicModule {
    const routes: AuditRouteTable = {
      persoonsgegevens: { ...PLATFORM_AUDIT_ROUTES.persoonsgegevens, ...options.routes.persoonsgegevens },
      zonder: { ...PLATFORM_AUDIT_ROUTES.zonder, ...options.routes.zonder },
    };
    const caseloads: Provider[] = options.caseloads
      ? [options.caseloads, { provide: AUDIT_CASELOADS, useExisting: providerToken(options.caseloads) }]
      : [];
    return {
      module: PlatformAuditModule,
      imports: options.imports ?? [],
      controllers: [AuditController],
      providers: [
        AuditTrail,
        AuditLogLezer,
        AuditInzage,
        { provide: AUDIT_ROUTES, useValue: routes },
        { provide: AUDIT_DREMPELS, useFactory: () => loadAuditDrempels(process.env) },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        ...caseloads,
      ],
      exports: [AuditTrail, AUDIT_ROUTES],
    };
  }
}

function providerToken(p: Provider): unknown {
  return typeof p === 'function' ? p : p.provide;
}
