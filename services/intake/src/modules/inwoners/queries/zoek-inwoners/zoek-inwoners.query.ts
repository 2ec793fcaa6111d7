import { Injectable } from '@nestjs/common';
import { Principal, TransactionRunner, AuditTrail } from '@wiz/platform';
import { BsnVault } from '../../identity/bsn-vault';
import {
  aanmeldingZichtbaarVoor,
  inwonerZichtbaarVoor,
  ZichtbareAanmelding,
  zichtbareAanmeldingen,
} from '../../database/zichtbaarheid';
import { weergaveAanmelding } from '../../domain/identiteit';

/**
 * Front office looks a person up by BSN (through the lookup hash) or by surname and birth date, within what its
 * organisation may see, and answers with what its own visible aanmeldingen captured. Every inwoner in the answer is
 * an audited read.
 */
@Injectable()
export class ZoekInwoners {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    private readonly audit: AuditTrail,
  ) {}

  execute(vraag: { bsn?: string; achternaam?: string; geboortedatum?: string }, wie: Principal) {
    return this.transactions.run(async (manager) => {
      // By name: what the caller's own visible aanmeldingen captured, so a search cannot test names against what
      // another organisation holds about an inwoner the caller shares.
      const criterium =
        vraag.bsn !== undefined
          ? { sql: 'SELECT i.id FROM inwoners i WHERE i.bsn_hash = $1', params: [this.vault.lookupHash(vraag.bsn)] }
          : {
              sql: 'SELECT a.inwoner_id FROM aanmeldingen a WHERE lower(a.achternaam) = lower($1) AND a.geboortedatum = $2',
              params: [vraag.achternaam, vraag.geboortedatum],
            };
      const scope =
        vraag.bsn !== undefined ? inwonerZichtbaarVoor(wie, 'i.id', 2) : aanmeldingZichtbaarVoor(wie, 'a', 3);
      const ids: { id: string }[] = await manager.query(
        `SELECT DISTINCT id FROM (${criterium.sql} AND ${scope.sql}) AS gevonden(id) LIMIT 50`,
        [...criterium.params, ...scope.params],
      );
      const perInwoner = new Map<string, ZichtbareAanmelding[]>();
      for (const a of await zichtbareAanmeldingen(
        manager,
        wie,
        ids.map((r) => r.id),
      ))
        perInwoner.set(a.inwonerId, [...(perInwoner.get(a.inwonerId) ?? []), a]);
      const items = [...perInwoner].map(([id, aanmeldingen]) => {
        const { voornaam, achternaam, geboortedatum, gemeentecode } = weergaveAanmelding(aanmeldingen).gegevens;
        return { id, voornaam, achternaam, geboortedatum, gemeentecode };
      });
      items.sort(
        (a, b) => a.achternaam.localeCompare(b.achternaam, 'nl') || a.voornaam.localeCompare(b.voornaam, 'nl'),
      );
      await this.audit.schrijf(manager, wie, {
        actie: 'zoeken',
        doel: 'zoeken-inwoner',
        wat: { soort: 'inwoners', id: null },
        inwonerIds: items.map((r) => r.id),
      });
      return { items };
    });
  }
}
