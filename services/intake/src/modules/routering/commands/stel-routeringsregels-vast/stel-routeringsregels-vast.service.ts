import { Injectable } from '@nestjs/common';
import type { Principal } from '@wiz/platform';
import type { Regeltabel } from '../../domain';
import { Routeringstabellen } from '../../database/routeringstabellen';

/**
 * Beheer sets a new version of the routing table; old aanmeldingen keep the version that routed them. Two versions
 * stored at the same moment: the later one is refused (VersieConflict, 409) so no one overwrites a table unseen.
 */
@Injectable()
export class StelRouteringsregelsVast {
  constructor(private readonly tabellen: Routeringstabellen) {}

  async execute(tabel: Regeltabel, toelichting: string, door: Principal): Promise<{ versie: number }> {
    const stored = await this.tabellen.voegToe(tabel, toelichting, door.subject);
    return { versie: stored.versie };
  }
}
