import { EventEnvelopeSchema } from './envelope';
import { EVENT_EXAMPLES } from './events/examples';
import { InvalidEventError } from './events/invalid-event-error';
import { parseEnvelope, parseEvent } from './events/parse-event';
import { StapGezet, TrajectGestart } from './events/trajecten';

const envelope = (overrides: Record<string, unknown> = {}) => ({
  specversion: '1.0',
  id: '5d0c7f3e-2b1a-4c9d-8e7f-6a5b4c3d2e1f',
  source: 'wiz/trajecten',
  type: StapGezet.type,
  time: '2026-04-10T13:00:00Z',
  datacontenttype: 'application/json',
  subject: '7a9b8c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  correlationid: 'b7e6d5c4-a3b2-4190-8f7e-6d5c4b3a2910',
  data: EVENT_EXAMPLES.get(StapGezet.type),
  ...overrides,
});

describe('EventEnvelopeSchema', () => {
  it('accepts a complete envelope, with or without subject', () => {
    expect(EventEnvelopeSchema.safeParse(envelope()).success).toBe(true);
    expect(EventEnvelopeSchema.safeParse(envelope({ subject: undefined })).success).toBe(true);
  });

  it.each([
    ['specversion', '0.3'],
    ['id', 'not-a-uuid'],
    ['source', ''],
    ['type', 'intake.aanmelding'],
    ['type', 'wiz.intake.Aanmelding.v1'],
    ['time', '2026-04-10T13:00:00'],
    ['datacontenttype', 'text/plain'],
    ['correlationid', ''],
  ])('refuses %s = %j', (attribute, value) => {
    expect(EventEnvelopeSchema.safeParse(envelope({ [attribute]: value })).success).toBe(false);
  });

  it('refuses an envelope without data', () => {
    const { data: _data, ...withoutData } = envelope();
    expect(EventEnvelopeSchema.safeParse(withoutData).success).toBe(false);
  });

  it('drops unknown extension attributes instead of refusing them', () => {
    expect(parseEnvelope(envelope({ traceparent: '00-abc' }))).not.toHaveProperty('traceparent');
  });
});

describe('parseEvent', () => {
  it('returns the envelope with validated data', () => {
    const parsed = parseEvent(StapGezet, envelope());
    expect(parsed.data.naar).toBe('ontwikkelen');
    expect(parsed.type).toBe(StapGezet.type);
  });

  it('refuses an envelope of another type', () => {
    expect(() => parseEvent(TrajectGestart, envelope())).toThrow(InvalidEventError);
  });

  it('refuses invalid data and a broken envelope', () => {
    expect(() => parseEvent(StapGezet, envelope({ data: { trajectId: 'x' } }))).toThrow(InvalidEventError);
    expect(() => parseEnvelope({ data: {} })).toThrow(/invalid event \(envelope\)/);
  });
});
