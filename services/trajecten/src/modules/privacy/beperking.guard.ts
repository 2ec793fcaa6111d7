import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { maySee, PRINCIPAL_KEY, problemException, VERWERKING_BEPERKT_DETAIL, type Principal } from '@wiz/platform';
import { BeperkingToets } from './database/beperking-toets';
import { doelwitVan } from './domain/doelwit';

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
