import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import { BsnVault } from './bsn-vault';
import { dubbelSleutel, magDubbelZijn } from '../domain/dubbel-sleutel';
import { afwijkendeIdentiteitsvelden, Identiteitsveld } from '../domain/identiteit';
import type { InwonerGegevens } from '../domain/inwoner-gegevens';
import { inwonerZichtbaarVoor } from '../database/zichtbaarheid';
import { Identiteitscontroles } from '../database/identiteitscontroles';
import type { Inschrijving, Inwonerregister } from '../inwonerregister.port';
import { INTAKE_CONFIG } from '../../../config/intake-config.module';
import type { IntakeConfig } from '../../../config/intake-config';

/**
 * Finds or registers the inwoner of an aanmelding. The same BSN always gives the same inwoner, also when two
 * requests race: the unique lookup hash lets exactly one insert win and the other read its id. The inwoner row is
 * the identity as first registered and no later aanmelding changes it: each aanmelding keeps its own data, and one
 * whose name or birth date differs is reported here so it can be checked instead of merged.
 */
@Injectable()
export class InwonerRegister implements Inwonerregister {
  constructor(
    private readonly vault: BsnVault,
    private readonly identiteitscontroles: Identiteitscontroles,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async schrijfIn(manager: EntityManager, g: InwonerGegevens, door: Principal): Promise<Inschrijving> {
    const hash = g.bsn ? this.vault.lookupHash(g.bsn) : null;
    const id = randomUUID();
    const bsn = g.bsn ? this.vault.encrypt(g.bsn, id) : null;
    const sleutel = dubbelSleutel(g.achternaam, g.geboortedatum, g.postcode);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO inwoners (id, voornaam, achternaam, geboortedatum, postcode, huisnummer, gemeentecode, email, telefoon, geslacht,
                             bsn_hash, bsn_versleuteld, bsn_sleutel_id, dubbel_sleutel)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (bsn_hash) DO NOTHING RETURNING id`,
      [
        id,
        g.voornaam,
        g.achternaam,
        g.geboortedatum,
        g.postcode,
        g.huisnummer,
        g.gemeentecode,
        g.email ?? null,
        g.telefoon ?? null,
        g.geslacht ?? null,
        hash,
        bsn?.versleuteld ?? null,
        bsn?.sleutelId ?? null,
        sleutel,
      ],
    );
    if (inserted.length === 0) {
      const [bestaand]: { id: string; voornaam: string; achternaam: string; geboortedatum: string }[] =
        await manager.query(
          `SELECT id, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum FROM inwoners WHERE bsn_hash = $1`,
          [hash],
        );
      return {
        inwonerId: bestaand.id,
        mogelijkDubbel: false,
        afwijkendeVelden: afwijkendeIdentiteitsvelden(bestaand, g),
      };
    }
    const dubbelen = await this.markeerDubbelen(manager, id, sleutel, !!g.bsn);
    return { inwonerId: id, mogelijkDubbel: await this.zietEenVan(manager, door, dubbelen), afwijkendeVelden: [] };
  }

  openIdentiteitscontrole(
    manager: EntityManager,
    aanmeldingId: string,
    inwonerId: string,
    afwijkendeVelden: Identiteitsveld[],
  ): Promise<void> {
    return this.identiteitscontroles.open(manager, aanmeldingId, inwonerId, afwijkendeVelden);
  }

  /**
   * Links a new inwoner to the newest existing ones with its duplicate key, at most DUBBEL_KANDIDATEN_MAX: so many
   * identical registrations make a chain of pairs that grows with their number, not with its square, and each
   * still leads staff to the others.
   */
  private async markeerDubbelen(
    manager: EntityManager,
    id: string,
    sleutel: string,
    heeftBsn: boolean,
  ): Promise<string[]> {
    const dubbelen: { id: string }[] = await manager.query(
      `SELECT id FROM inwoners WHERE dubbel_sleutel = $1 AND id <> $2 AND ($3 OR bsn_hash IS NULL) ORDER BY created_at DESC, id DESC LIMIT $4`,
      [sleutel, id, magDubbelZijn(heeftBsn, true), this.config.dubbelKandidatenMax],
    );
    if (dubbelen.length > 0) {
      await manager.query(
        `INSERT INTO mogelijke_dubbelen (id, inwoner_id, kandidaat_id) SELECT gen_random_uuid(), $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [id, dubbelen.map((d) => d.id)],
      );
    }
    return dubbelen.map((d) => d.id);
  }

  /** Whether the registering organisation sees one of these inwoners: it is told only about its own. */
  private async zietEenVan(manager: EntityManager, wie: Principal, inwonerIds: string[]): Promise<boolean> {
    if (inwonerIds.length === 0) return false;
    const scope = inwonerZichtbaarVoor(wie, 'i', 2);
    const [gezien] = await manager.query(`SELECT 1 FROM unnest($1::uuid[]) AS i WHERE ${scope.sql} LIMIT 1`, [
      inwonerIds,
      ...scope.params,
    ]);
    return gezien !== undefined;
  }
}
