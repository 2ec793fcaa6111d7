import { createHash, createHmac, randomBytes } from 'node:crypto';
import { pseudoniem } from './pseudoniem';

const sleutel = randomBytes(32);
const traject = '5d3c6a7e-0f1b-4c2d-8e9f-a0b1c2d3e4f5';
const vacatureA = '11111111-2222-4333-8444-555555555555';
const vacatureB = '66666666-7777-4888-8999-aaaaaaaaaaaa';

describe('candidate code for employer teams', () => {
  it('is stable for the same candidate on the same vacancy while the consent does not change', () => {
    const code = pseudoniem(sleutel, {
      trajectId: traject,
      vacatureId: vacatureA,
      toestemmingGewijzigdOp: '2026-03-01T10:00:00.000Z',
    });
    expect(
      pseudoniem(sleutel, {
        trajectId: traject,
        vacatureId: vacatureA,
        toestemmingGewijzigdOp: '2026-03-01T10:00:00.000Z',
      }),
    ).toBe(code);
    expect(code).toMatch(/^K-[0-9A-F]{8}$/);
  });

  it('differs per vacancy and per candidate, and does not contain the trajectId', () => {
    const code = pseudoniem(sleutel, { trajectId: traject, vacatureId: vacatureA });
    expect(pseudoniem(sleutel, { trajectId: traject, vacatureId: vacatureB })).not.toBe(code);
    expect(pseudoniem(sleutel, { trajectId: '5d3c6a7e-0f1b-4c2d-8e9f-a0b1c2d3e4f6', vacatureId: vacatureA })).not.toBe(
      code,
    );
    expect(code.toLowerCase()).not.toContain(traject.slice(0, 8));
  });

  it('is not the old, keyless sha256(vacatureId:trajectId) anyone could compute from the ids, but the HMAC under the key', () => {
    const oud = `K-${createHash('sha256').update(`${vacatureA}:${traject}`).digest('hex').slice(0, 8).toUpperCase()}`;
    const code = pseudoniem(sleutel, { trajectId: traject, vacatureId: vacatureA });
    expect(code).not.toBe(oud);
    expect(code).toBe(
      `K-${createHmac('sha256', sleutel).update(`${vacatureA}:${traject}:`).digest('hex').slice(0, 8).toUpperCase()}`,
    );
    expect(pseudoniem(randomBytes(32), { trajectId: traject, vacatureId: vacatureA })).not.toBe(code);
  });

  it('changes when the consent changes, so a withdrawal cannot be linked back to a profile seen before', () => {
    const gegeven = pseudoniem(sleutel, {
      trajectId: traject,
      vacatureId: vacatureA,
      toestemmingGewijzigdOp: '2026-03-01T10:00:00.000Z',
    });
    const ingetrokken = pseudoniem(sleutel, {
      trajectId: traject,
      vacatureId: vacatureA,
      toestemmingGewijzigdOp: '2026-04-01T09:30:00.000Z',
    });
    expect(ingetrokken).not.toBe(gegeven);
  });
});
