import type { TrajectEntity } from '../database/traject.entity';

/** The contract's traject shape (activiteiten arrive with the trajecten issue). */
export function trajectView(t: TrajectEntity) {
  return {
    id: t.id,
    inwonerId: t.inwonerId,
    status: t.status,
    huidigeStap: t.huidigeStap,
    stappen: t.stappen,
    activiteiten: [] as unknown[],
    versie: t.versie,
  };
}
