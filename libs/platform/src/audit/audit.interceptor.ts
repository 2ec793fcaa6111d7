import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { from, lastValueFrom, Observable } from 'rxjs';
import { PRINCIPAL_KEY } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { TransactionRunner } from '../persistence/transaction-runner';
import { AUDIT_ROUTES, AuditRoute, AuditRouteTable, AuditVerzoek, inwonersIn, isUuid } from './audit-routes';
import { AuditTrail } from './audit-trail';

type Verzoek = FastifyRequest & { [PRINCIPAL_KEY]?: Principal };

/**
 * Audits every route the service lists as person-linked: the handler runs in one transaction (use cases join it),
 * and unless its use case wrote a row itself, one row naming every inwoner in the answer is written in that same
 * transaction before it commits. A refused or failed call rolls back and leaves no row. A route whose use case
 * writes its row with its change on every path (`schrijftZelf`) runs without a transaction of the interceptor's.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    @Optional() @Inject(AUDIT_ROUTES) private readonly routes?: AuditRouteTable,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Verzoek>();
    const route = this.routes?.persoonsgegevens[`${request.method} ${request.routeOptions.url}`];
    const wie = request[PRINCIPAL_KEY];
    if (!route || !wie || route.schrijftZelf) return next.handle();
    if (route.naAanname) {
      return from(
        (async () => {
          const antwoord = await lastValueFrom(next.handle(), { defaultValue: null });
          await this.transactions.run((m) => this.schrijf(m, route, wie, request, antwoord));
          return antwoord;
        })(),
      );
    }
    return from(
      this.transactions.run(async (m) => {
        const antwoord = await lastValueFrom(next.handle(), { defaultValue: null });
        if (!this.audit.schreefIn(m)) await this.schrijf(m, route, wie, request, antwoord);
        return antwoord;
      }),
    );
  }

  private async schrijf(m: EntityManager, route: AuditRoute, wie: Principal, request: Verzoek, antwoord: unknown) {
    const verzoek = verzoekVan(request);
    const inwoners = await inwonersVan(route, verzoek, antwoord, m);
    const doel = typeof verzoek.query.doel === 'string' ? verzoek.query.doel : route.doel;
    const id = verzoek.params[route.id ?? 'id'] ?? null;
    await this.audit.schrijf(m, wie, { actie: route.actie, doel, wat: { soort: route.wat, id }, inwonerIds: inwoners });
  }
}

function verzoekVan(request: Verzoek): AuditVerzoek {
  return {
    // Copied into plain objects: the router builds params (and the parser the query) with prototypes of its own.
    params: { ...(request.params as Record<string, string>) },
    query: { ...(request.query as Record<string, unknown>) },
    body: request.body,
  };
}

async function inwonersVan(route: AuditRoute, verzoek: AuditVerzoek, antwoord: unknown, m: EntityManager) {
  const gevonden = inwonersIn(antwoord);
  inwonersIn({ p: verzoek.params, q: verzoek.query, b: verzoek.body }, gevonden);
  for (const id of (await route.inwoners?.(m, verzoek, antwoord)) ?? []) gevonden.add(id);
  return [...gevonden].filter(isUuid);
}
