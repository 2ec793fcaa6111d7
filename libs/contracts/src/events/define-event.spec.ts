import { z } from 'zod';
import { defineEvent } from './define-event';

const schema = z.object({ trajectId: z.uuid() }).strict();

describe('defineEvent', () => {
  it('derives the subject from service, name and version', () => {
    const def = defineEvent({ service: 'trajecten', name: 'iets-gebeurd', version: 2, description: 'x', schema });
    expect(def.type).toBe('wiz.trajecten.iets-gebeurd.v2');
    expect(Object.isFrozen(def)).toBe(true);
  });

  it.each(['IetsGebeurd', 'iets_gebeurd', 'iets.gebeurd', '-iets', 'iets-', ''])('refuses name %j', (name) => {
    expect(() => defineEvent({ service: 'intake', name, version: 1, description: 'x', schema })).toThrow(/kebab-case/);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses version %p', (version) => {
    expect(() => defineEvent({ service: 'intake', name: 'iets', version, description: 'x', schema })).toThrow(
      /version/,
    );
  });
});
