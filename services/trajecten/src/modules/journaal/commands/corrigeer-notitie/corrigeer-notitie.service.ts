import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Principal, seesOrganisation, TransactionRunner } from '@wiz/platform';
import { TRAJECT_TOEGANG, type TrajectToegang } from '../../../caseload/caseload.port';
import { correctie, magCorrigeren, magNotitieZien } from '../../domain/notitie';
import { NotitieRepository } from '../../database/notitie.repository';

/**
 * A correction: the next version of the note. Corrections of one note queue on a transaction lock (the rows are
 * never updated, so there is no row to lock), so two at once become versions n+1 and n+2, never a clash.
 */
@Injectable()
export class CorrigeerNotitie {
  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(TRAJECT_TOEGANG) private readonly toegang: TrajectToegang,
    private readonly notities: NotitieRepository,
  ) {}

  execute(trajectId: string, notitieId: string, v: { tekst: string; reden: string }, wie: Principal) {
    return this.transactions.run(async (m) => {
      await this.toegang.eis(m, trajectId, wie);
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`journaal-notitie:${notitieId}`]);
      const vorige = await this.notities.nieuwste(m, trajectId, notitieId);
      // A note the caller may not see (another holder's, or sensitive) does not exist for them.
      if (!vorige || !magNotitieZien(vorige, wie, seesOrganisation(wie)))
        throw new NotFoundException(`Notitie ${notitieId} not found.`);
      if (!magCorrigeren(vorige, wie)) throw new ForbiddenException('Only the author corrects a note.');
      const nieuw = correctie(vorige, { id: randomUUID(), ...v });
      await this.notities.voegToe(m, nieuw);
      return { id: notitieId, versie: nieuw.versie };
    });
  }
}
