import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { TRAJECTHOUDERS, type Trajecthouders } from '../../../toewijzingen/trajecthouders.port';
import { BsnVault } from '../../identity/bsn-vault';
import { InwonerRepository } from '../../database/inwoner.repository';
import { InwonerOnbekend } from '../../domain/inwoner-fouten';
import { Inzagedoel, InzagedoelOntbreekt } from '../../domain/inzagedoel';
import { InwonerView, leesInwoner } from '../inwoner.view';
import { leesInwonerVoorConsulent } from '../inwoner-voor-consulent.view';

/**
 * One inwoner; reading personal data is audited in the same transaction, with its purpose. Front office and beheer
 * read through the aanmeldingen their organisation sees; a consulent or teamleider only the person of a traject
 * held by their organisation and assigned to them or their team (what trajecten's events told intake), as the
 * aanmeldingen those trajecten came from captured the person, and only for a stated purpose. A refused read is a 404 and leaves no audit row: nothing was read, and the inwoner's audit
 * trail lists reads of their data, not guesses at an id.
 */
@Injectable()
export class GetInwoner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    private readonly inwoners: InwonerRepository,
    private readonly audit: AuditTrail,
    @Inject(TRAJECTHOUDERS) private readonly trajecthouders: Trajecthouders,
  ) {}

  execute(gevraagdId: string, wie: Principal, doel?: Inzagedoel): Promise<InwonerView> {
    const viaOrganisatie = ['frontoffice', 'beheer', 'privacy'].some((r) =>
      wie.roles.includes(r as Principal['roles'][number]),
    );
    if (!viaOrganisatie && !doel) throw new InzagedoelOntbreekt();
    return this.transactions.run(async (manager) => {
      // A record merged away answers as the one it lives on in (its `id` says which).
      const inwonerId = await this.inwoners.behoudenVan(manager, gevraagdId);
      const inwoner = viaOrganisatie
        ? await leesInwoner(manager, this.vault, inwonerId, wie)
        : await this.leesAlsBegeleider(manager, inwonerId, wie);
      if (!inwoner) throw new InwonerOnbekend(inwonerId);
      await this.audit.schrijf(manager, wie, {
        actie: 'inzage',
        doel: doel ?? 'dienstverlening',
        wat: { soort: 'inwoner', id: inwonerId },
        inwonerIds: [inwonerId],
      });
      return inwoner;
    });
  }

  private async leesAlsBegeleider(m: EntityManager, inwonerId: string, wie: Principal) {
    const aanmeldingIds = await this.trajecthouders.begeleideAanmeldingen(m, inwonerId, wie);
    return aanmeldingIds.length === 0 ? undefined : leesInwonerVoorConsulent(m, inwonerId, aanmeldingIds);
  }
}
