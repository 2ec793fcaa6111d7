import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { assertNietBeperkt, type Principal } from '@wiz/platform';
import { TRAJECTHOUDERS, type Trajecthouders } from '../../toewijzingen/trajecthouders.port';
import { zichtbareAanmeldingen } from '../database/zichtbaarheid';
import { geeftGedeeldeGegevens } from '../domain/identiteit';
import { InwonerOnbekend } from '../domain/inwoner-fouten';
import { CorrectieNietBevestigd } from '../domain/correctie-fouten';

/**
 * Who may change an inwoner or read the history of its changes: front office and beheer through an aanmelding
 * their organisation sees (as for a read) with a confirmed identity, so someone who only claimed a BSN cannot
 * rewrite the person; a consulent or teamleider while holding one of the person's trajecten (as for their read).
 * 404 for an inwoner the caller may not see, 409 while the caller's identity is being checked, 403 while the
 * person's processing is restricted (the route guard sees only ids in the path; a merge or a pair names one in the body).
 */
@Injectable()
export class InwonerToegang {
  constructor(@Inject(TRAJECTHOUDERS) private readonly trajecthouders: Trajecthouders) {}

  async eis(m: EntityManager, inwonerId: string, wie: Principal, bevestigd = true): Promise<void> {
    await this.eisZichtbaar(m, inwonerId, wie, bevestigd);
    await assertNietBeperkt(m, inwonerId, wie);
  }

  private async eisZichtbaar(m: EntityManager, inwonerId: string, wie: Principal, bevestigd: boolean): Promise<void> {
    if (wie.roles.includes('frontoffice') || wie.roles.includes('beheer')) {
      const aanmeldingen = await zichtbareAanmeldingen(m, wie, [inwonerId]);
      if (aanmeldingen.length === 0) throw new InwonerOnbekend(inwonerId);
      if (bevestigd && !aanmeldingen.some((a) => geeftGedeeldeGegevens(a.controle))) throw new CorrectieNietBevestigd();
      return;
    }
    const begeleid = await this.trajecthouders.begeleideAanmeldingen(m, inwonerId, wie);
    if (begeleid.length === 0) throw new InwonerOnbekend(inwonerId);
  }
}
