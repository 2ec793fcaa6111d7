import { DynamicModule, InjectionToken, Module, ModuleMetadata, Provider } from '@nestjs/common';
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
import { GEGEVENS_REGISTER, MijnInzage } from './mijn-inzage';
import { MijnInzageController } from './mijn-inzage.controller';
import type { GegevensRegister } from '../privacy/inzage/gegevens-register';

export interface PlatformAuditOptions {
  /** The service's one decision about personal data (see AuditRouteTable). */
  routes: AuditRouteTable;
  /**
   * Every kind of record the service keeps about a person, for the inwoner's art. 15 export (the service's
   * `src/modules/privacy/inzage/` declaration). Required: no service goes without.
   */
  gegevens: GegevensRegister | GegevensRegisterFactory;
  /** The service's Caseloads implementation, with what it needs in `imports`. */
  caseloads?: Provider;
  imports?: ModuleMetadata['imports'];
}

/** A register that needs something of the service (intake: its BSN keys, to show the last digits). */
export interface GegevensRegisterFactory {
  inject: InjectionToken[];
  useFactory: (...deps: never[]) => GegevensRegister;
}

/**
 * The audit trail every service mounts once, from its own AuditModule: the writer (AuditTrail), the interceptor that
 * audits every person-linked route, the privacy officer's GET /audit and /audit/ongebruikelijk, and the inwoner's
 * GET /mijn/inzage (who read my data) and /mijn/gegevens-export (AVG art. 15).
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
      controllers: [AuditController, MijnInzageController],
      providers: [
        AuditTrail,
        AuditLogLezer,
        AuditInzage,
        MijnInzage,
        registerProvider(options.gegevens),
        { provide: AUDIT_ROUTES, useValue: routes },
        { provide: AUDIT_DREMPELS, useFactory: () => loadAuditDrempels(process.env) },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        ...caseloads,
      ],
      exports: [AuditTrail, AUDIT_ROUTES],
    };
  }
}

function registerProvider(gegevens: GegevensRegister | GegevensRegisterFactory): Provider {
  return 'useFactory' in gegevens
    ? { provide: GEGEVENS_REGISTER, inject: gegevens.inject, useFactory: gegevens.useFactory }
    : { provide: GEGEVENS_REGISTER, useValue: gegevens };
}

function providerToken(p: Provider): unknown {
  return typeof p === 'function' ? p : p.provide;
}
