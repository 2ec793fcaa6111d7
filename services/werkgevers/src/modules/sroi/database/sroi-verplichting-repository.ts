import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SroiVerplichtingInvoer } from '../domain';

/** The SROI obligation aggregate (table sroi_verplichtingen): a supplier's social return on a contract. */
@Injectable()
export class SroiVerplichtingRepository {
  async voegToe(m: EntityManager, v: SroiVerplichtingInvoer & { id: string; organisatie: string }): Promise<void> {
    await m.query(
      'INSERT INTO sroi_verplichtingen (id, werkgever_id, opdracht, opdrachtwaarde_centen, percentage, startdatum, einddatum, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [v.id, v.werkgeverId, v.opdracht, v.opdrachtwaardeCenten, v.percentage, v.startdatum, v.einddatum, v.organisatie],
    );
  }

  async isVanWerkgever(m: EntityManager, verplichtingId: string, werkgeverId: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM sroi_verplichtingen WHERE id = $1 AND werkgever_id = $2', [
      verplichtingId,
      werkgeverId,
    ]);
    return rows.length > 0;
  }
}
