import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import { InwonerOnbekend } from '../domain/inwoner-fouten';
import { InwonerToegang } from './inwoner-toegang';

/**
 * Whose consents a call may read or change, the inwoner locked for the change so changes of one person's consents
 * never interleave. The inwoner: only their own (from the token, never from the request). Staff: an inwoner they
 * may change (InwonerToegang: front office and beheer through a confirmed aanmelding, a consulent through a traject
 * they hold; 404 otherwise, 403 while restricted; a change, not a read, 409 while the identity is being checked).
 */
@Injectable()
export class ToestemmingToegang {
  constructor(private readonly toegang: InwonerToegang) {}

  async eigenaar(m: EntityManager, wie: Principal, inwonerId?: string, wijzigen = true): Promise<string> {
    const id = wie.inwonerId ?? inwonerId;
    if (!id) throw new InwonerOnbekend('(none)');
    if (wie.inwonerId === undefined) await this.toegang.eis(m, id, wie, wijzigen);
    const [bestaat] = await m.query(
      'SELECT 1 FROM inwoners WHERE id = $1 AND samengevoegd_in IS NULL AND gewist_op IS NULL FOR UPDATE',
      [id],
    );
    if (!bestaat) throw new InwonerOnbekend(id);
    return id;
  }
}
