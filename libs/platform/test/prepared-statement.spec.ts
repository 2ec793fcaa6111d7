import { DataSource } from 'typeorm';
import { CombinedWrite, queryPrepared } from '../src';
import { probeTestApp } from './helpers';

/** Statements run through queryPrepared are parsed and planned once per connection, then only bound and run. */
describe('prepared statements (queryPrepared)', () => {
  const t = probeTestApp();
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = (await t.start()).app.get(DataSource);
  });
  afterAll(() => t.stop());

  const preparedOnThisConnection = (m: { query: DataSource['query'] }) =>
    m.query<{ name: string; statement: string }[]>('SELECT name, statement FROM pg_prepared_statements');

  it('prepares a statement once per connection and runs it again with other values', async () => {
    await dataSource.transaction(async (m) => {
      const text = 'SELECT $1::int + 1 AS n';
      const answers = [];
      for (const value of [1, 41]) answers.push(...(await queryPrepared<{ n: number }[]>(m, text, [value])));
      expect(answers).toEqual([{ n: 2 }, { n: 42 }]);
      const prepared = (await preparedOnThisConnection(m)).filter((p) => p.statement === text);
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^prepared_[0-9a-f]{40}$/);
    });
  });

  it("plans without JIT on the service's connections", async () => {
    expect(await dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);
    await dataSource.transaction(async (m) => expect(await m.query('SHOW jit')).toEqual([{ jit: 'off' }]));
  });

  it('runs a CombinedWrite as one, named by its text', async () => {
    await dataSource.transaction(async (m) => {
      for (const naam of ['a', 'b']) {
        const write = new CombinedWrite();
        write.with(
          'c',
          `INSERT INTO probe_commands (id, naam) VALUES (gen_random_uuid(), ${write.param(naam)}) RETURNING naam`,
        );
        write.output('naam', '(SELECT naam FROM c)');
        expect(await write.run(m)).toEqual({ naam });
      }
      const prepared = (await preparedOnThisConnection(m)).filter((p) => p.statement.includes('probe_commands'));
      expect(prepared).toHaveLength(1);
    });
  });
});
