import { createHash } from 'node:crypto';
import { pseudoniem } from './pseudoniem';

const traject = '5d3c6a7e-0f1b-4c2d-8e9f-a0b1c2d3e4f5';
const vacatureA = '11111111-2222-4333-8444-555555555555';
const vacatureB = '66666666-7777-4888-8999-aaaaaaaaaaaa';

describe('candidate code for employer teams', () => {
  it('is stable for the same candidate on the same vacancy', () => {
    expect(pseudoniem(traject, vacatureA)).toBe(pseudoniem(traject, vacatureA));
    expect(pseudoniem(traject, vacatureA)).toMatch(/^K-[0-9A-F]{8}$/);
  });

  it('differs per vacancy, so codes cannot be linked across vacancies', () => {
    expect(pseudoniem(traject, vacatureA)).not.toBe(pseudoniem(traject, vacatureB));
  });

  it('differs per candidate and does not contain the trajectId', () => {
    const ander = '5d3c6a7e-0f1b-4c2d-8e9f-a0b1c2d3e4f6';
    expect(pseudoniem(ander, vacatureA)).not.toBe(pseudoniem(traject, vacatureA));
    expect(pseudoniem(traject, vacatureA).toLowerCase()).not.toContain(traject.slice(0, 8));
  });

  it('is the first 8 hex characters of sha256(vacatureId:trajectId)', () => {
    const hex = createHash('sha256').update(`${vacatureA}:${traject}`).digest('hex');
    expect(pseudoniem(traject, vacatureA)).toBe(`K-${hex.slice(0, 8).toUpperCase()}`);
  });
});
