import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { EVENT_CATALOG } from '../events/catalog';
import { EVENT_CONSUMERS } from './event-consumers';

const workspaceRoot = path.resolve(__dirname, '../../../..');

describe('the consumer table', () => {
  it("is what scripts/event-consumers.mjs generates from the services' @OnEvent handlers", () => {
    const check = spawnSync(process.execPath, ['scripts/event-consumers.mjs', '--check'], {
      cwd: workspaceRoot,
      encoding: 'utf8',
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
  }, 120_000);

  it('has a row for every event of the catalog and no other', () => {
    expect(Object.keys(EVENT_CONSUMERS)).toEqual(EVENT_CATALOG.map((def) => def.type));
  });
});
