import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertNietBeperkt, PRINCIPAL_KEY, type Principal, problemException } from '@wiz/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route parameters that name an inwoner, and how an aanmelding's id leads to its inwoner. */
const INWONER_PARAMS = ['inwonerId', 'behoudenId'];

/**
 * One check in front of every route that names a person (`/inwoners/{inwonerId}/…`, a merge, `/aanmeldingen/{id}`):
 * while the person's processing is restricted, everyone but the privacy role gets 403 "Verwerking beperkt"
 * (assertNietBeperkt), for reads and changes alike; an erased person is gone for them (404). In one place rather
 * than in each use case, so a route added later is covered too.
 */
@Injectable()
export class BeperkingGuard implements CanActivate {
  constructor(private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const wie: Principal | undefined = request[PRINCIPAL_KEY];
    if (!wie || wie.roles.includes('privacy')) return true;
    const ids = await this.genoemdeInwoners(request.params ?? {}, request.routeOptions?.url ?? request.url ?? '');
    const m = this.dataSource.manager;
    for (const id of ids) {
      const [rij] = await m.query('SELECT gewist_op FROM inwoners WHERE id = $1', [id]);
      if (rij?.gewist_op) throw problemException(404, `Inwoner ${id} not found.`);
      await assertNietBeperkt(m, id, wie);
    }
    return true;
  }

  private async genoemdeInwoners(params: Record<string, string>, route: string): Promise<string[]> {
    const ids = INWONER_PARAMS.map((p) => params[p]).filter((v): v is string => !!v && UUID.test(v));
    if (route.includes('/aanmeldingen/') && params.id && UUID.test(params.id)) {
      const rijen = await this.dataSource.query('SELECT inwoner_id FROM aanmeldingen WHERE id = $1', [params.id]);
      ids.push(...rijen.map((r: { inwoner_id: string }) => r.inwoner_id));
    }
    return ids;
  }
}
