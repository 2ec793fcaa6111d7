import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROBLEEM_TEKSTEN } from '../../src/components/probleem-teksten';

const OPENAPI = path.join(__dirname, '../../../../docs/openapi');

/** Every problem `type` a service's OpenAPI document says it may answer with. */
function problemTypes(): Set<string> {
  const types = new Set<string>();
  for (const file of readdirSync(OPENAPI).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(path.join(OPENAPI, file), 'utf8'));
    for (const schema of Object.values<{ properties?: { type?: { enum?: string[] } } }>(doc.components.schemas))
      for (const type of schema.properties?.type?.enum ?? []) if (type.startsWith('https://')) types.add(type);
  }
  return types;
}

describe('the Dutch text of each problem', () => {
  it('has one for every problem type a service documents', () => {
    const types = problemTypes();
    expect(types).toContain('https://werkinzicht.nl/problemen/bezet');
    expect([...types].filter((t) => !PROBLEEM_TEKSTEN[t])).toEqual([]);
  });
});
