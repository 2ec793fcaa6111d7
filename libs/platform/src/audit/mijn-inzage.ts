import { Inject, Injectable, Optional } from '@nestjs/common';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import type { Principal } from '../auth/principal';
import { PlatformConfig } from '../config/platform-config';
import { problemException } from '../http/problem';
import { TransactionRunner } from '../persistence/transaction-runner';
import { BEWAARTERMIJN_INSTELLINGEN } from '../privacy/bewaartermijn-runner';
import type { BewaartermijnInstellingen } from '../privacy/bewaartermijnen';
import { alsJson, idsVanPersoon, type Gegevenssoort, type GegevensRegister } from '../privacy/inzage/gegevens-register';
import { AuditTrail } from './audit-trail';
import { AUDIT_DREMPELS } from './caseloads';
import { AuditLogLezer, type EigenAuditRij } from './database/audit-log-lezer';
import type { Drempels } from './ongebruikelijk';

/** Injection token of the service's GegevensRegister (PlatformAuditModule's `gegevens`). */
export const GEGEVENS_REGISTER = Symbol('GegevensRegister');

/** What the download says of a kind of record beside its rows. */
type Beschrijving = Pick<
  Gegevenssoort,
  'soort' | 'omschrijving' | 'doel' | 'grondslag' | 'ontvangers' | 'bewaartermijn'
>;

/**
 * The trail as a kind of record in every service's download (AVG art. 15): who read or changed the person's data in
 * this service, when and why, as "who read my data" shows it, over all time. The trail itself is not destroyed with
 * the rest: it shows that the data was used as allowed.
 */
const INZAGE: Beschrijving = {
  soort: 'inzage',
  omschrijving:
    'Wie uw gegevens bekeek of veranderde: wanneer, welke rol en organisatie, wat en waarom (wat u zelf deed niet)',
  doel: 'Laten zien wie uw gegevens gebruikte, en toezien dat dat alleen gebeurt waar het mag',
  grondslag: 'Wettelijke verplichting (AVG art. 5 lid 2 en art. 32)',
  ontvangers: ['De privacy officer (functionaris gegevensbescherming)', 'U zelf'],
  bewaartermijn: {
    vanaf: 'Blijft bewaard als verantwoording van het gebruik van uw gegevens',
    bron: 'AVG art. 5 lid 2',
  },
};

/** Both reads are the person's own: audited under this purpose, and left out of their own "who read my data". */
export const EIGEN_GEGEVENS_DOEL = 'eigen-gegevens';

const vandaag = (tijdzone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tijdzone }).format(new Date());

/**
 * The inwoner's own view of this service (issue 20): who read their data, from the audit trail, and everything the
 * service holds about them (AVG art. 15). The person comes only from the token (Principal.inwonerId), never from the
 * request; the records merged into theirs are theirs too.
 */
@Injectable()
export class MijnInzage {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lezer: AuditLogLezer,
    private readonly audit: AuditTrail,
    private readonly config: PlatformConfig,
    @Inject(AUDIT_DREMPELS) private readonly drempels: Drempels,
    @Inject(GEGEVENS_REGISTER) private readonly register: GegevensRegister,
    @Optional() @Inject(BEWAARTERMIJN_INSTELLINGEN) private readonly bewaartermijnen?: BewaartermijnInstellingen,
  ) {}

  wieLasMijnGegevens(vraag: Paginering & { van?: string; tot?: string }, wie: Principal) {
    const inwonerId = eigenId(wie);
    const tijdzone = this.drempels.tijdzone;
    const tot = vraag.tot ?? vandaag(tijdzone);
    const van = vraag.van ?? `${tot.slice(0, 4)}-01-01`;
    if (van > tot) throw problemException(400, 'van lies after tot');
    return this.transactions.run(async (m) => {
      const inwonerIds = await idsVanPersoon(m, this.register, inwonerId);
      const { rijen, totaal } = await this.lezer.vanInwoner(
        m,
        { inwonerIds, van, tot, tijdzone },
        ...limietEnBegin(vraag),
      );
      await this.audit.schrijf(m, wie, {
        actie: 'mijn-inzage',
        doel: EIGEN_GEGEVENS_DOEL,
        wat: { soort: 'audit-inwoner' },
        inwonerIds: [inwonerId],
      });
      return {
        ...pagina(
          rijen.map((r) => this.regel(r)),
          vraag,
          totaal,
        ),
        van,
        tot,
      };
    });
  }

  gegevensExport(wie: Principal) {
    const inwonerId = eigenId(wie);
    return this.transactions.run(async (m) => {
      const inwonerIds = await idsVanPersoon(m, this.register, inwonerId);
      const onderdelen = [];
      for (const soort of this.register.soorten) {
        const gegevens = (await soort.gegevens(m, inwonerIds)).map(alsJson);
        onderdelen.push({ ...this.beschrijving(soort), gegevens });
      }
      const trail = await this.lezer.alleVanInwoner(m, inwonerIds);
      onderdelen.push({ ...this.beschrijving(INZAGE), gegevens: trail.map((r) => this.regel(r)) });
      await this.audit.schrijf(m, wie, {
        actie: 'mijn-gegevens-export',
        doel: EIGEN_GEGEVENS_DOEL,
        wat: { soort: 'gegevens-export' },
        inwonerIds: [inwonerId],
      });
      return { dienst: this.config.service, gemaaktOp: new Date().toISOString(), onderdelen };
    });
  }

  private regel(r: EigenAuditRij) {
    return {
      op: new Date(r.at).toISOString(),
      rol: r.rollen[0] ?? 'onbekend',
      ...(r.wie_naam ? { naam: r.wie_naam } : {}),
      organisatie: r.organisatie,
      actie: r.actie,
      doel: r.doel,
      dienst: this.config.service,
    };
  }

  private beschrijving(s: Beschrijving) {
    const termijn = s.bewaartermijn.termijn ? this.bewaartermijnen?.termijnen[s.bewaartermijn.termijn] : undefined;
    return {
      soort: s.soort,
      omschrijving: s.omschrijving,
      doel: s.doel,
      grondslag: s.grondslag,
      ontvangers: [...s.ontvangers],
      bewaartermijn: {
        ...(termijn ? { jaren: termijn.jaren, termijn: termijn.iso } : {}),
        vanaf: s.bewaartermijn.vanaf,
        bron: s.bewaartermijn.bron,
      },
    };
  }
}

/** The person of an inwoner token; any other caller has no "own data" here (the role check lets only inwoners in). */
function eigenId(wie: Principal): string {
  if (!wie.inwonerId) throw problemException(403, 'Only the inwoner themself reads their own data here.');
  return wie.inwonerId;
}
