import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { beperkteInwoners, PRINCIPAL_KEY, type Principal } from '@wiz/platform';

/** The lists that show people, and which fields of an item name an inwoner. */
const LIJSTEN: Record<string, readonly string[]> = {
  '/api/v1/inwoners/_zoek': ['id'],
  '/api/v1/mogelijke-dubbelen': ['inwonerId', 'kandidaatId'],
  '/api/v1/identiteitscontroles': ['inwonerId'],
};

interface Lijst {
  items: Record<string, unknown>[];
  totaal?: number;
}

/**
 * The other half of BeperkingGuard: a list (search, likely duplicates, identity checks) leaves out every item that
 * names a person whose processing is restricted, for everyone but the privacy role. `totaal` drops by what this
 * page left out; the page may then hold fewer items than its size (the lists are for people, not for counting).
 */
@Injectable()
export class BeperkteLijstenInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest();
    const velden = LIJSTEN[request.routeOptions?.url ?? ''];
    const wie: Principal | undefined = request[PRINCIPAL_KEY];
    if (!velden || !wie || wie.roles.includes('privacy')) return next.handle();
    return next.handle().pipe(switchMap((body: Lijst) => from(this.zonderBeperkten(body, velden))));
  }

  private async zonderBeperkten(body: Lijst, velden: readonly string[]): Promise<Lijst> {
    if (!Array.isArray(body?.items) || body.items.length === 0) return body;
    const noemt = (item: Record<string, unknown>) =>
      velden.map((v) => item[v]).filter((v): v is string => typeof v === 'string');
    const beperkt = await beperkteInwoners(this.dataSource.manager, body.items.flatMap(noemt));
    if (beperkt.size === 0) return body;
    const items = body.items.filter((item) => !noemt(item).some((id) => beperkt.has(id)));
    const weg = body.items.length - items.length;
    return { ...body, items, ...(typeof body.totaal === 'number' ? { totaal: body.totaal - weg } : {}) };
  }
}
