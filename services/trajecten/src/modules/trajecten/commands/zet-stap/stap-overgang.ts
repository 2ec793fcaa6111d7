import { StapGezet, type Stap } from '@wiz/contracts';
import type { EntityManager } from 'typeorm';
import { zetStap } from '../../domain/traject';
import type { TrajectRepositoryPort, TrajectRij } from '../../database/traject.repository.port';
import { type Aankondiging, aankondiging, type Wijziging } from '../traject-wijziging';

export interface StapOvergang {
  nieuw: TrajectRij;
  aankondiging: Aankondiging;
  feit: NonNullable<Wijziging<unknown>['feit']>;
}

/**
 * A move of the traject to `stap`, recorded with who, when and why: the traject after it (its version raised),
 * stap-gezet, and the fact the monitor weighs. A step set by hand (ZetStap) and one set by an accepted handover are
 * this one change.
 */
export async function stapOvergang(
  trajecten: TrajectRepositoryPort,
  m: EntityManager,
  t: TrajectRij,
  s: { stap: Stap; toelichting: string; door: string; op: Date },
): Promise<StapOvergang> {
  const nieuw = { ...t, ...zetStap(t, s.stap, s.op.toISOString()) };
  const overgang = { van: t.huidigeStap, naar: s.stap };
  await trajecten.voegOvergangToe(m, {
    trajectId: t.id,
    ...overgang,
    door: s.door,
    toelichting: s.toelichting,
    op: s.op,
  });
  return {
    nieuw,
    aankondiging: aankondiging(StapGezet, {
      trajectId: t.id,
      inwonerId: t.inwonerId,
      gemeentecode: t.gemeentecode,
      ...overgang,
      gezetOp: s.op.toISOString(),
      versie: nieuw.versie,
    }),
    feit: { gebeurtenis: { soort: 'stap', ...overgang }, bron: `stap:${t.id}:${nieuw.versie}`, op: s.op },
  };
}
