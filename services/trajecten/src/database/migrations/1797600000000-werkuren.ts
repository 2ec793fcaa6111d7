import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working hours a consulent records for someone already working outside a placement (an employee at risk, a
 * zzp'er): each change with the hours before it, from its ingangsdatum. A placement's hours stay with werkgevers.
 * Hangs off the traject like ladder_metingen, without free text, so erasure and merges need nothing of their own.
 */
export class Werkuren1797600000000 implements MigrationInterface {
  name = 'Werkuren1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE werkuren (
        id uuid PRIMARY KEY,
        traject_id uuid NOT NULL REFERENCES trajecten (id),
        ingangsdatum date NOT NULL,
        uren_per_week numeric(3, 1) NOT NULL CHECK (uren_per_week > 0 AND uren_per_week <= 60),
        vorige_uren_per_week numeric(3, 1) NOT NULL CHECK (vorige_uren_per_week > 0 AND vorige_uren_per_week <= 60),
        door text NOT NULL,
        op timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX werkuren_traject ON werkuren (traject_id, ingangsdatum)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE werkuren');
  }
}
