import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The afspraakbanen basis (starting balance and target) as beheer sets it in trajecten, received as events; and the
 * changes of a running placement's hours, each announced to the monitor.
 */
export class AfspraakbanenBasisUren1764900200000 implements MigrationInterface {
  name = 'AfspraakbanenBasisUren1764900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE afspraakbanen_basis (
        streefwaarde_id uuid PRIMARY KEY, geldig_vanaf date NOT NULL, basisdatum date, beginstand integer, beginstand_eenheden numeric,
        doel integer, doel_eenheden numeric, vastgesteld_op timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX afspraakbanen_basis_geldig ON afspraakbanen_basis (geldig_vanaf, vastgesteld_op)');
    await q.query(`
      CREATE TABLE plaatsing_uren (
        id uuid PRIMARY KEY, plaatsing_id uuid NOT NULL REFERENCES plaatsingen (id),
        vorige_uren_per_week numeric(4,1) NOT NULL, uren_per_week numeric(4,1) NOT NULL CHECK (uren_per_week > 0 AND uren_per_week <= 60),
        ingangsdatum date NOT NULL, gewijzigd_door text NOT NULL, organisatie text NOT NULL, gewijzigd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX plaatsing_uren_plaatsing ON plaatsing_uren (plaatsing_id, ingangsdatum)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plaatsing_uren, afspraakbanen_basis');
  }
}
