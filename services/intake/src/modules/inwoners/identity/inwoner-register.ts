import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BsnVault } from './bsn-vault';
import { dubbelSleutel, magDubbelZijn } from '../domain/dubbel-sleutel';
import type { InwonerGegevens } from '../domain/inwoner-gegevens';

export interface Inschrijving {
  inwonerId: string;
  nieuw: boolean;
  mogelijkeDubbelen: string[];
}

/**
 * Finds or registers the inwoner of an aanmelding. The same BSN always gives the same inwoner, also when two
 * requests race: the unique lookup hash lets exactly one insert win and the other read its id. A known person's
 * address and contact data follow the newest aanmelding (people move); name and birth date stay as registered.
 */
@Injectable()
export class InwonerRegister {
  constructor(private readonly vault: BsnVault) {}

  async schrijfIn(manager: EntityManager, g: InwonerGegevens): Promise<Inschrijving> {
    const hash = g.bsn ? this.vault.lookupHash(g.bsn) : null;
    const id = randomUUID();
    const bsn = g.bsn ? this.vault.encrypt(g.bsn, id) : null;
    const sleutel = dubbelSleutel(g.achternaam, g.geboortedatum, g.postcode);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO inwoners (id, voornaam, achternaam, geboortedatum, postcode, huisnummer, gemeentecode, email, telefoon, geslacht,
                             bsn_hash, bsn_versleuteld, bsn_sleutel_id, dubbel_sleutel)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (bsn_hash) DO NOTHING RETURNING id`,
      [id, g.voornaam, g.achternaam, g.geboortedatum, g.postcode, g.huisnummer, g.gemeentecode, g.email ?? null, g.telefoon ?? null,
        g.geslacht ?? null, hash, bsn?.versleuteld ?? null, bsn?.sleutelId ?? null, sleutel],
    );
    if (inserted.length === 0) {
      // TypeORM answers an UPDATE with [rows, rowCount].
      const [[bestaand]]: [{ id: string }[], number] = await manager.query(
        `UPDATE inwoners SET postcode = $2, huisnummer = $3, gemeentecode = $4, email = coalesce($5, email), telefoon = coalesce($6, telefoon)
         WHERE bsn_hash = $1 RETURNING id`,
        [hash, g.postcode, g.huisnummer, g.gemeentecode, g.email ?? null, g.telefoon ?? null],
      );
      return { inwonerId: bestaand.id, nieuw: false, mogelijkeDubbelen: [] };
    }
    return { inwonerId: id, nieuw: true, mogelijkeDubbelen: await this.markeerDubbelen(manager, id, sleutel, !!g.bsn) };
  }

  private async markeerDubbelen(manager: EntityManager, id: string, sleutel: string, heeftBsn: boolean): Promise<string[]> {
    const kandidaten: { id: string; heeft_bsn: boolean }[] = await manager.query(
      'SELECT id, bsn_hash IS NOT NULL AS heeft_bsn FROM inwoners WHERE dubbel_sleutel = $1 AND id <> $2',
      [sleutel, id],
    );
    const dubbelen = kandidaten.filter((k) => magDubbelZijn(heeftBsn, k.heeft_bsn)).map((k) => k.id);
    for (const kandidaat of dubbelen) {
      await manager.query('INSERT INTO mogelijke_dubbelen (id, inwoner_id, kandidaat_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [randomUUID(), id, kandidaat]);
    }
    return dubbelen;
  }
}
