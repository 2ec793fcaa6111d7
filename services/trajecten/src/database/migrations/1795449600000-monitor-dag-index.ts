import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monitor sums the daily counters only for the loose days at the edges of a period (`dag BETWEEN … OR dag
 * BETWEEN …`), but the primary key (metriek, dag, gemeentecode) starts with metriek, so PostgreSQL read the whole
 * daily table for every request, also when there are no edge days at all: 43 ms per GET /monitor at 252k daily rows
 * (1M trajecten, 5M step events; npm run bench, section monitor), about 8 ms with this index. A plain CREATE INDEX:
 * the table is small (at most a few hundred thousand rows), so the moment it blocks counter updates is short.
 */
export class MonitorDagIndex1795449600000 implements MigrationInterface {
  name = 'MonitorDagIndex1795449600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX monitor_tellingen_dag ON monitor_tellingen (dag, gemeentecode)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX monitor_tellingen_dag');
  }
}
