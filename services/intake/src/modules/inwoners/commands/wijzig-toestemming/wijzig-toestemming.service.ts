import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { kalenderdag, ToestemmingDoelSchema, type ToestemmingDoel } from '@wiz/contracts';
import { Principal, TransactionRunner } from '@wiz/platform';
import { zichtbareAanmeldingen } from '../../database/zichtbaarheid';
import { Toestemmingen } from '../../database/toestemmingen';
import { InwonerRepository } from '../../database/inwoner.repository';
import { geeftGedeeldeGegevens } from '../../domain/identiteit';
import { IdentiteitNietBevestigd, InwonerOnbekend, ToestemmingsdoelOnbekend } from '../../domain/inwoner-fouten';
import { actieveVoor, DoelVraagtVacature, type Toestemming } from '../../domain/toestemming';
import { ToestemmingWijziging } from '../toestemming-wijziging';

export interface ToestemmingStand {
  doel: ToestemmingDoel;
  gegeven: boolean;
  gewijzigdOp: string;
}

const standVan = (t: Toestemming, vandaag: string): ToestemmingStand => ({
  doel: t.doel,
  gegeven: actieveVoor([t], t, vandaag) !== undefined,
  gewijzigdOp: t.ingetrokkenOp ?? t.gegevenOp,
});

/**
 * The front office's switch per purpose (PUT, before consents were records): `gegeven: true` gives a consent
 * without end date unless one is in force, `false` withdraws the one not yet withdrawn, both on behalf of the
 * inwoner (namens) through the same records, history and events as the other routes. Setting the state it already
 * has changes nothing and announces nothing. Only an organisation that sees the inwoner through an aanmelding with a
 * confirmed identity may change it: one that knows the person only through aanmeldingen whose name or birth date
 * differed from the identity held for the BSN gets 409 until beheer confirms one. The vacancy purpose names a
 * vacancy, which this route cannot: 400.
 */
@Injectable()
export class WijzigToestemming {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly inwoners: InwonerRepository,
    private readonly toestemmingen: Toestemmingen,
    private readonly wijziging: ToestemmingWijziging,
  ) {}

  execute(inwonerId: string, doelText: string, gegeven: boolean, wie: Principal): Promise<ToestemmingStand> {
    const parsed = ToestemmingDoelSchema.safeParse(doelText);
    if (!parsed.success) throw new ToestemmingsdoelOnbekend(doelText);
    const doel = parsed.data;
    if (doel === 'profiel-delen-met-vacature') throw new DoelVraagtVacature();
    return this.transactions.run(async (manager) => {
      const aanmeldingen = await zichtbareAanmeldingen(manager, wie, [inwonerId]);
      if (aanmeldingen.length === 0) throw new InwonerOnbekend(inwonerId);
      if (!aanmeldingen.some((a) => geeftGedeeldeGegevens(a.controle))) throw new IdentiteitNietBevestigd();
      // One change of this inwoner's consents at a time.
      await this.inwoners.vergrendel(manager, inwonerId);
      const nu = new Date();
      const vandaag = kalenderdag(nu);
      const voorDoel = (await this.toestemmingen.alle(manager, inwonerId)).filter((t) => t.doel === doel);
      if (gegeven) {
        const actief = actieveVoor(voorDoel, { doel }, vandaag);
        if (actief) return standVan(actief, vandaag);
        const nieuw: Toestemming = { id: randomUUID(), inwonerId, doel, gegevenOp: nu.toISOString(), namens: true };
        await this.wijziging.geef(manager, nieuw, wie);
        return standVan(nieuw, vandaag);
      }
      // Every consent not yet withdrawn (one in force, and any lapsed one that was never withdrawn).
      const open = voorDoel.filter((t) => t.ingetrokkenOp === undefined);
      let laatste = voorDoel.at(-1);
      for (const t of open) laatste = await this.wijziging.trekIn(manager, t, wie);
      return laatste ? standVan(laatste, vandaag) : { doel, gegeven: false, gewijzigdOp: nu.toISOString() };
    });
  }
}
