import { Injectable } from '@nestjs/common';
import { RegeltabelVersieOnbekend } from '../../domain/regeltabel-fouten';
import { RegeltabelVersie, Routeringstabellen } from '../../database/routeringstabellen';

/** The routing table versions as beheer and front office read them: the one in force, or any earlier one. */
@Injectable()
export class Routeringsregels {
  constructor(private readonly tabellen: Routeringstabellen) {}

  huidige(): Promise<RegeltabelVersie> {
    return this.tabellen.laatste();
  }

  async versie(versie: number): Promise<RegeltabelVersie> {
    const found = await this.tabellen.versie(versie);
    if (!found) throw new RegeltabelVersieOnbekend(versie);
    return found;
  }
}
