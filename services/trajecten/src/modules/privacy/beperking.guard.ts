import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { maySee, PRINCIPAL_KEY, problemException, VERWERKING_BEPERKT_DETAIL, type Principal } from '@wiz/platform';
import { BeperkingToets, type Doelwit } from './database/beperking-toets';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const PAD = new RegExp(`^/api/v1/(trajecten|opvolgingen|overdrachten)/(${UUID})(?:/|$)`);
const WERKLIJST = new RegExp(`^/api/v1/trajecten$`);

/** The traject, follow-up, handover or inwoner a request is about, from its path (or the worklist's inwonerId). */
export function doelwitVan(url: string): Doelwit | undefined {
  const [pad, zoek = ''] = url.split('?', 2);
  const m = PAD.exec(pad);
  if (m) return { soort: m[1] as 'trajecten' | 'opvolgingen' | 'overdrachten', id: m[2] };
  const inwonerId = new URLSearchParams(zoek).get('inwonerId');
  if (WERKLIJST.test(pad) && inwonerId && new RegExp(`^${UUID}$`).test(inwonerId))
    return { soort: 'inwoner', id: inwonerId };
  return undefined;
}

/**
 * Every read and change of one person's traject data passes here (a global guard, after authentication): while
 * the person's processing is restricted it answers 403 "Verwerking beperkt" to everyone but the privacy role; an
 * erased traject is gone (404). Only to a caller who may see the record at all: others get the use case's own 404,
 * so a restriction is never revealed to another organisation.
 */
@Injectable()
export class BeperkingGuard implements CanActivate {
  constructor(private readonly toets: BeperkingToets) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const wie: Principal | undefined = request[PRINCIPAL_KEY];
    const doelwit = doelwitVan(request.url ?? '');
    if (!wie || !doelwit) return true;
    const stand = await this.toets.stand(doelwit);
    if (!stand || !maySee(wie, stand.eigenaren)) return true;
    if (stand.gewist) throw new NotFoundException('Not found: erased at the inwoner\u2019s request.');
    if (stand.beperkt && !wie.roles.includes('privacy'))
      throw problemException(403, VERWERKING_BEPERKT_DETAIL, { title: 'Verwerking beperkt', beperkt: true });
    return true;
  }
}
