import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import { BsnVault } from './bsn-vault';
import { dubbelSleutel, magDubbelZijn } from '../domain/dubbel-sleutel';
import { afwijkendeIdentiteitsvelden, Identiteitsveld } from '../domain/identiteit';
import type { InwonerGegevens } from '../domain/inwoner-gegevens';
import { InwonerRepository } from '../database/inwoner.repository';
import { Identiteitscontroles } from '../database/identiteitscontroles';
import type { AnoniemeGegevens, Inschrijving, Inwonerregister, NieuweInschrijving } from '../inwonerregister.port';
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
    private readonly inwoners: InwonerRepository,
    private readonly identiteitscontroles: Identiteitscontroles,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  nieuweInschrijving(g: InwonerGegevens, door: Principal): NieuweInschrijving {
    const { bsn, ...gegevens } = g;
    const bsnHash = bsn ? this.vault.lookupHash(bsn) : null;
    const id = randomUUID();
    const sleutel = dubbelSleutel(g.achternaam, g.geboortedatum, g.postcode);
    const versleuteld = bsn ? this.vault.encrypt(bsn, id) : null;
    const nieuw = { ...gegevens, id, bsnHash, bsn: versleuteld, dubbelSleutel: sleutel };
    // Not stored only when the BSN's lookup hash is held already: the aanmelding is then that inwoner's.
    const ookMetBsn = magDubbelZijn(!!bsn, true);
    const max = this.config.dubbelKandidatenMax;
    return {
      inwonerId: id,
      schrijfMee: (write, alleenAls) => {
        const deel = this.inwoners.voegToeMee(write, nieuw, ookMetBsn, max, door, alleenAls);
        return {
          nieuw: deel.nieuw,
          uitkomst: async (manager, antwoord): Promise<Inschrijving> => {
            const { ingevoegd, dubbelGezien, bekend } = deel.uitkomst(antwoord);
            if (ingevoegd) {
              // The registering organisation is told only about duplicates it sees itself.
              return { inwonerId: id, mogelijkDubbel: dubbelGezien, afwijkendeVelden: [] };
            }
            // The statement answers who holds the BSN, unless a concurrent one registered them meanwhile.
            const bestaand = bekend ?? (await this.inwoners.identiteitMetBsn(manager, bsnHash!));
            if (!bestaand) throw new Error('the inwoner with this BSN was not stored, nor found');
            return {
              inwonerId: bestaand.id,
              mogelijkDubbel: false,
              afwijkendeVelden: afwijkendeIdentiteitsvelden(bestaand, g),
            };
          },
        };
      },
    };
  }

  /** Without BSN, birth date or address there is no duplicate key: an anonymous record is never flagged. */
  async schrijfAnoniemIn(manager: EntityManager, g: AnoniemeGegevens): Promise<string> {
    const id = randomUUID();
    await this.inwoners.voegAnoniemToe(manager, id, g);
    return id;
  }

  openIdentiteitscontrole(
    manager: EntityManager,
    aanmeldingId: string,
    inwonerId: string,
    afwijkendeVelden: Identiteitsveld[],
  ): Promise<void> {
    return this.identiteitscontroles.open(manager, aanmeldingId, inwonerId, afwijkendeVelden);
  }

  openIdentiteitscontroleMee: Inwonerregister['openIdentiteitscontroleMee'] = (...deel) =>
    this.identiteitscontroles.openMee(...deel);

  /**
   * Links a new inwoner to the newest existing ones with its duplicate key, at most DUBBEL_KANDIDATEN_MAX: so many
   * identical registrations make a chain of pairs that grows with their number, not with its square, and each
   * still leads staff to the others. Also after a correction changed the key.
   */
  async markeerDubbelen(manager: EntityManager, id: string, sleutel: string, heeftBsn: boolean) {
    const ookMetBsn = magDubbelZijn(heeftBsn, true);
    const dubbelen = await this.inwoners.metDubbelSleutel(
      manager,
      id,
      sleutel,
      ookMetBsn,
      this.config.dubbelKandidatenMax,
    );
    if (dubbelen.length > 0) await this.inwoners.markeerDubbelen(manager, id, dubbelen);
    return dubbelen;
  }
}
