import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@wiz/contracts';
import type { Principal } from '@wiz/platform';
import type { IntakeConfig } from '../../../../config/intake-config';
import { INTAKE_CONFIG } from '../../../../config/intake-config.module';
import { InwonerRepository } from '../../database/inwoner.repository';
import { InwonerRegister } from '../../identity/inwoner-register';
import { BsnVault } from '../../identity/bsn-vault';
import { dubbelSleutel } from '../../domain/dubbel-sleutel';
import { afwijkendeIdentiteitsvelden } from '../../domain/identiteit';
import { InwonerOnbekend } from '../../domain/inwoner-fouten';
import { InwonerSamengevoegd } from '../../domain/correctie-fouten';
import type { InwonerGegevens } from '../../domain/inwoner-gegevens';
import type { Identificatie, Inwoneridentificatie } from '../../inwonerregister.port';
import { InwonerToegang } from '../inwoner-toegang';
import { VoegInwonersSamen } from '../voeg-inwoners-samen/voeg-inwoners-samen.service';

export class AlGeidentificeerd extends DomainError {
  readonly kind = 'conflict';

  constructor(inwonerId: string) {
    super(`Inwoner ${inwonerId} is not anonymous: correct the person instead (PATCH /inwoners/${inwonerId}).`);
  }
}

/**
 * An anonymous person gives their identity. Someone intake holds already (the same BSN, or, without one, the same
 * duplicate key and first name) is that person: the anonymous record is merged into them, and their BSN is kept or,
 * if they had none, given. Otherwise the anonymous record becomes the identified person (beside one with only the
 * same key, as a likely duplicate for the front office to judge). As at registration, a BSN held with
 * another name or birth date is not refused: the differing fields are returned for an identity check.
 */
@Injectable()
export class IdentificeerAnoniem implements Inwoneridentificatie {
  constructor(
    private readonly inwoners: InwonerRepository,
    private readonly vault: BsnVault,
    private readonly toegang: InwonerToegang,
    private readonly samenvoegen: VoegInwonersSamen,
    private readonly register: InwonerRegister,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async eisTeIdentificeren(m: EntityManager, anoniemId: string, wie: Principal): Promise<void> {
    await this.toegang.eis(m, anoniemId, wie);
    const gehouden = await this.inwoners.laadGehouden(m, anoniemId);
    if (!gehouden) throw new InwonerOnbekend(anoniemId);
    if (gehouden.samengevoegdIn) throw new InwonerSamengevoegd(anoniemId, gehouden.samengevoegdIn);
    if (!gehouden.anoniem) throw new AlGeidentificeerd(anoniemId);
  }

  async identificeer(m: EntityManager, anoniemId: string, g: InwonerGegevens, wie: Principal): Promise<Identificatie> {
    await this.eisTeIdentificeren(m, anoniemId, wie);

    const { bsn, ...gegevens } = g;
    const bsnHash = bsn ? this.vault.lookupHash(bsn) : null;
    const sleutel = dubbelSleutel(g.achternaam, g.geboortedatum, g.postcode);
    const metBsn = bsnHash ? await this.inwoners.identiteitMetBsn(m, bsnHash) : undefined;
    if (metBsn) return this.voegSamen(m, metBsn.id, anoniemId, wie, afwijkendeIdentiteitsvelden(metBsn, g));
    // Two BSNs are two people: with a BSN only a record without one can be this person by its key.
    const kandidaten = await this.inwoners.metDubbelSleutel(
      m,
      anoniemId,
      sleutel,
      !bsn,
      this.config.dubbelKandidatenMax,
    );
    const gekozen = await this.eersteZelfdePersoon(m, kandidaten, g);
    const zelfde = gekozen && (await this.nogZelfdePersoon(m, gekozen, g, bsn !== undefined)) ? gekozen : undefined;
    if (zelfde) {
      if (bsn) await this.inwoners.zetBsn(m, zelfde, bsnHash!, this.vault.encrypt(bsn, zelfde));
      return this.voegSamen(m, zelfde, anoniemId, wie, []);
    }
    const versleuteld = bsn ? this.vault.encrypt(bsn, anoniemId) : null;
    await this.inwoners.identificeer(m, {
      ...gegevens,
      id: anoniemId,
      bsnHash,
      bsn: versleuteld,
      dubbelSleutel: sleutel,
    });
    // Others under the same key: the front office judges each pair, as after a registration.
    await this.register.markeerDubbelen(m, anoniemId, sleutel, bsn !== undefined);
    return { inwonerId: anoniemId, samengevoegd: false, afwijkendeVelden: [] };
  }

  /**
   * Of the records found by the duplicate key (surname, birth date, postcode), the first that is this person: twins
   * and housemates share that key, so only the same first name as well makes it one person; we never merge on a guess.
   * Read without locks: the merge locks the one chosen with the anonymous record, in its own order.
   */
  private async eersteZelfdePersoon(
    m: EntityManager,
    kandidaten: readonly string[],
    g: InwonerGegevens,
  ): Promise<string | undefined> {
    const gehouden = await this.inwoners.identiteitenVan(m, kandidaten);
    return gehouden.find((k) => k.geboortedatum && afwijkendeIdentiteitsvelden(k, g).length === 0)?.id;
  }

  /**
   * The chosen record, locked now, is still this person: not merged away, the same identity (a correction may have come
   * in between), and, when a BSN is given, still without one of its own (two BSNs are two people).
   */
  private async nogZelfdePersoon(m: EntityManager, id: string, g: InwonerGegevens, metBsn: boolean): Promise<boolean> {
    const k = await this.inwoners.laadGehouden(m, id);
    if (!k?.geboortedatum || k.samengevoegdIn || (metBsn && k.heeftBsn)) return false;
    const { voornaam, achternaam } = k.gegevens;
    const gehouden = { voornaam: voornaam ?? '', achternaam: achternaam ?? '', geboortedatum: k.geboortedatum };
    return afwijkendeIdentiteitsvelden(gehouden, g).length === 0;
  }

  private async voegSamen(
    m: EntityManager,
    behouden: string,
    anoniem: string,
    wie: Principal,
    afwijkend: Identificatie['afwijkendeVelden'],
  ) {
    await this.samenvoegen.voegSamen(
      m,
      behouden,
      anoniem,
      'identificatie van een anonieme aanmelding',
      wie,
      'identificatie',
    );
    return { inwonerId: behouden, samengevoegd: true, afwijkendeVelden: afwijkend };
  }
}
