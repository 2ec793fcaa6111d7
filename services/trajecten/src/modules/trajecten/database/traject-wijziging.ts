import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { maySee, Principal, problem, TransactionRunner, problemException } from '@wiz/platform';
import { TrajectRegelFout } from '../domain/traject';
import { TrajectRepository, TrajectRij } from './traject-repository';

/** `"3"`, `W/"3"` or `*`; anything else never matches. */
function versieUitIfMatch(ifMatch: string | undefined): number | '*' | undefined | null {
  if (ifMatch === undefined) return undefined;
  if (ifMatch.trim() === '*') return '*';
  const m = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(ifMatch);
  return m ? Number(m[1]) : null;
}

/**
 * The frame of every change to a traject: one transaction, the row locked, 404 for a traject the caller's
 * organisation may not see, 412 when If-Match names an older version, and the domain's refusals as 409 (closed)
 * or 400 (bad input). Returns the work's result and the new version for the ETag.
 */
@Injectable()
export class TrajectWijziging {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly trajecten: TrajectRepository,
  ) {}

  voer<T>(
    id: string,
    wie: Principal,
    ifMatch: string | undefined,
    werk: (t: TrajectRij, m: EntityManager) => Promise<T>,
  ): Promise<{ resultaat: T; versie: number }> {
    return this.transactions.run(async (manager) => {
      const traject = await this.trajecten.laad(manager, id, true);
      if (!traject || !maySee(wie, [traject.organisatie])) throw new NotFoundException(`Traject ${id} not found.`);
      const verwacht = versieUitIfMatch(ifMatch);
      if (verwacht !== undefined && verwacht !== '*' && verwacht !== traject.versie) {
        throw problemException(
          412,
          `The traject changed meanwhile: its version is ${traject.versie}. Read it again and retry.`,
        );
      }
      try {
        const resultaat = await werk(traject, manager);
        const [{ versie }] = await manager.query('SELECT versie FROM trajecten WHERE id = $1', [id]);
        return { resultaat, versie };
      } catch (err) {
        if (err instanceof TrajectRegelFout) {
          if (err.soort === 'afgesloten') throw new ConflictException(err.message);
          const [field, message] = err.message.includes(': ') ? err.message.split(': ', 2) : ['(body)', err.message];
          throw new BadRequestException(
            problem(400, 'The request is not possible for this traject.', { errors: [{ field, message }] }),
          );
        }
        throw err;
      }
    });
  }
}
