import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { InwonersSamengevoegd, kalenderdag } from '@wiz/contracts';
import { AuditTrail, Outbox, Principal, TransactionRunner } from '@wiz/platform';
import { TRAJECTHOUDERS, type Trajecthouders } from '../../../toewijzingen/trajecthouders.port';
import { InwonerRepository } from '../../database/inwoner.repository';
import { Samenvoeging, SamenvoegingRepository } from '../../database/samenvoeging.repository';
import { Toestemmingen } from '../../database/toestemmingen';
import { BsnVault } from '../../identity/bsn-vault';
import { InwonerOnbekend } from '../../domain/inwoner-fouten';
import { beoordeelSamenvoeging, overTeNemenToestemmingen } from '../../domain/samenvoeging';
import { InwonerToegang } from '../inwoner-toegang';
import { ToestemmingWijziging } from '../toestemming-wijziging';
import { isActief, type Toestemming } from '../../domain/toestemming';

/**
 * Two records are one person: the vervallen one's aanmeldingen, identity checks, consents (the newest decision per
 * purpose) and BSN go to the kept one, the vervallen record stays as a pointer, the trajecten intake knows of follow,
 * and inwoners-samengevoegd tells every other service, all in one transaction. The same merge again answers as the
 * first time and publishes nothing; see `beoordeelSamenvoeging` for what is refused.
 */
@Injectable()
export class VoegInwonersSamen {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly inwoners: InwonerRepository,
    private readonly samenvoegingen: SamenvoegingRepository,
    private readonly toestemmingen: Toestemmingen,
    private readonly vault: BsnVault,
    private readonly toegang: InwonerToegang,
    @Inject(TRAJECTHOUDERS) private readonly trajecthouders: Trajecthouders,
    private readonly audit: AuditTrail,
    private readonly wijziging: ToestemmingWijziging,
  ) {}

  execute(behoudenId: string, vervallenId: string, reden: string, wie: Principal): Promise<Samenvoeging> {
    return this.transactions.run((m) => this.voegSamen(m, behoudenId, vervallenId, reden, wie));
  }

  /**
   * In the caller's transaction `m`. Identification merges an anonymous record this way too, into the person it
   * turned out to be, whom the caller need not see (`alsDeelVan`: the identification checked the anonymous record
   * and writes the one audit row of the call).
   */
  async voegSamen(
    m: EntityManager,
    behoudenId: string,
    vervallenId: string,
    reden: string,
    wie: Principal,
    alsDeelVan?: 'identificatie',
  ) {
    // The caller must see both, as for any change of them; a merged-away record through the one it lives on in, so
    // that a merge involving it is refused as such (409) rather than as unknown, and a retry answers as the first.
    if (!alsDeelVan)
      for (const id of [behoudenId, vervallenId])
        await this.toegang.eis(m, await this.inwoners.behoudenVan(m, id), wie);
    const eerder = await this.samenvoegingen.gedaan(m, vervallenId);
    if (eerder?.behoudenInwonerId === behoudenId) {
      if (!alsDeelVan) await this.schrijfAudit(m, wie, behoudenId, vervallenId);
      return eerder;
    }
    // Locked in a fixed order, so two merges of the same pair cannot deadlock.
    const [x, y] = [behoudenId, vervallenId].sort();
    const gelockt = new Map([
      [x, await this.inwoners.laadGehouden(m, x)],
      [y, await this.inwoners.laadGehouden(m, y)],
    ]);
    const behouden = gelockt.get(behoudenId);
    const vervallen = gelockt.get(vervallenId);
    if (!behouden) throw new InwonerOnbekend(behoudenId);
    if (!vervallen) throw new InwonerOnbekend(vervallenId);
    beoordeelSamenvoeging({ id: behoudenId, ...behouden }, { id: vervallenId, ...vervallen }, !!alsDeelVan);

    const samenvoeging = {
      behoudenInwonerId: behoudenId,
      vervallenInwonerId: vervallenId,
      samengevoegdOp: new Date().toISOString(),
    };
    if (vervallen.heeftBsn) await this.verplaatsBsn(m, vervallenId, behoudenId);
    await this.neemToestemmingenOver(m, behoudenId, vervallenId, wie);
    await this.samenvoegingen.voegSamen(m, samenvoeging, reden, wie);
    await this.trajecthouders.volgSamenvoeging(m, vervallenId, behoudenId);
    await this.outbox.add(m, InwonersSamengevoegd, samenvoeging, { subject: behoudenId });
    if (!alsDeelVan) await this.schrijfAudit(m, wie, behoudenId, vervallenId);
    return samenvoeging;
  }

  private schrijfAudit(m: EntityManager, wie: Principal, behoudenId: string, vervallenId: string) {
    return this.audit.schrijf(m, wie, {
      actie: 'vastleggen',
      doel: 'inwoners-samenvoegen',
      wat: { soort: 'inwoner', id: behoudenId },
      inwonerIds: [behoudenId, vervallenId],
    });
  }

  /** The BSN is encrypted with the record's id as associated data, so it is encrypted again for the kept record. */
  private async verplaatsBsn(m: EntityManager, van: string, naar: string): Promise<void> {
    const versleuteld = await this.inwoners.versleuteldeBsn(m, van);
    if (!versleuteld) return;
    const bsn = this.vault.decrypt(versleuteld, van);
    await this.inwoners.verplaatsBsn(m, van, naar, this.vault.lookupHash(bsn), this.vault.encrypt(bsn, naar));
  }

  /**
   * A consent the kept record takes over is a change of its consent: kept in its history and announced. Per purpose
   * (and vacancy) the newest consent of each record is compared; a newer one in force becomes a new consent of the
   * kept record (same last day), a newer withdrawal withdraws the kept record's. The merge writes its own audit row.
   */
  private async neemToestemmingenOver(m: EntityManager, behoudenId: string, vervallenId: string, wie: Principal) {
    const vandaag = kalenderdag(new Date());
    const nieuwste = (lijst: Toestemming[]) => {
      const perDoel = new Map<string, Toestemming>();
      for (const t of lijst) perDoel.set(`${t.doel}/${t.vacatureId ?? ''}`, t); // oldest first: the last one stays
      return [...perDoel.values()].map((t) => ({
        ...t,
        gegeven: isActief(t, vandaag),
        gewijzigdOp: t.ingetrokkenOp ?? t.gegevenOp,
      }));
    };
    const eigen = await this.toestemmingen.alle(m, behoudenId);
    const over = overTeNemenToestemmingen(nieuwste(eigen), nieuwste(await this.toestemmingen.alle(m, vervallenId)));
    for (const v of over) {
      const zelfde = eigen.filter(
        (t) => t.doel === v.doel && (t.vacatureId ?? null) === (v.vacatureId ?? null) && !t.ingetrokkenOp,
      );
      for (const t of zelfde) await this.wijziging.trekIn(m, t, wie, false);
      if (!v.gegeven) continue;
      const { doel, vacatureId, geldigTot } = v;
      await this.wijziging.geef(
        m,
        {
          id: randomUUID(),
          inwonerId: behoudenId,
          doel,
          ...(vacatureId ? { vacatureId } : {}),
          gegevenOp: new Date().toISOString(),
          ...(geldigTot ? { geldigTot } : {}),
          namens: true,
        },
        wie,
        false,
      );
    }
  }
}
