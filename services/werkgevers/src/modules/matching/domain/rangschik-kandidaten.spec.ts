import fc from 'fast-check';
import { rangschikKandidaten } from './rangschik-kandidaten';

type Skill = string;
const SKILLS = ['heftruck', 'vca', 'lassen', 'koken', 'zorg', 'klantgericht werken', 'bhv', 'engels'];

describe('ranking candidates for a vacancy', () => {
  it('orders by overlap, lists candidates without overlap last, and explains the overlap', () => {
    const vacature: Skill[] = ['heftruck', 'orderpicken', 'rijbewijs-b', 'vca'];
    const ranked = rangschikKandidaten(vacature, [
      { trajectId: 't-geen', skills: ['koken'] },
      { trajectId: 't-twee', skills: ['vca', 'heftruck', 'koken'] },
      { trajectId: 't-drie', skills: ['orderpicken', 'rijbewijs-b', 'heftruck'] },
      { trajectId: 't-leeg', skills: [] },
    ]);
    expect(ranked).toEqual([
      { trajectId: 't-drie', score: 3, overlap: ['heftruck', 'orderpicken', 'rijbewijs-b'], dekking: 0.75 },
      { trajectId: 't-twee', score: 2, overlap: ['heftruck', 'vca'], dekking: 0.5 },
      { trajectId: 't-geen', score: 0, overlap: [], dekking: 0 },
      { trajectId: 't-leeg', score: 0, overlap: [], dekking: 0 },
    ]);
  });

  it('breaks ties by trajectId, whatever the input order', () => {
    const kandidaten = [
      { trajectId: 'c', skills: ['lassen'] as Skill[] },
      { trajectId: 'a', skills: ['lassen'] as Skill[] },
      { trajectId: 'B', skills: ['lassen'] as Skill[] },
    ];
    const ids = (k: typeof kandidaten) => rangschikKandidaten(['lassen'], k).map((r) => r.trajectId);
    expect(ids(kandidaten)).toEqual(['B', 'a', 'c']); // code-unit order: upper case first
    expect(ids([...kandidaten].reverse())).toEqual(['B', 'a', 'c']);
  });

  it('breaks ties by the given order key (the candidate code) instead, so equals are not ordered by their trajectId', () => {
    const kandidaten = [
      { trajectId: 'a', skills: ['lassen'] as Skill[], volgorde: 'K-2' },
      { trajectId: 'b', skills: ['lassen'] as Skill[], volgorde: 'K-1' },
      { trajectId: 'c', skills: ['lassen', 'vca'] as Skill[], volgorde: 'K-3' },
    ];
    expect(rangschikKandidaten(['lassen', 'vca'], kandidaten).map((r) => r.trajectId)).toEqual(['c', 'b', 'a']);
  });

  it('lists everyone, with score 0, for a vacancy without skills', () => {
    const ranked = rangschikKandidaten(
      [],
      [
        { trajectId: 'b', skills: ['vca'] },
        { trajectId: 'a', skills: [] },
      ],
    );
    expect(ranked).toEqual([
      { trajectId: 'a', score: 0, overlap: [], dekking: 0 },
      { trajectId: 'b', score: 0, overlap: [], dekking: 0 },
    ]);
  });

  it('rounds dekking down to two decimals and counts a skill asked twice once', () => {
    const [k] = rangschikKandidaten(
      ['lassen', 'vca', 'bhv', 'lassen'],
      [{ trajectId: 'x', skills: ['lassen', 'vca'] }],
    );
    expect(k).toEqual({ trajectId: 'x', score: 2, overlap: ['lassen', 'vca'], dekking: 0.66 });
  });

  it('keeps every candidate, sorted, with score = overlap size = skills shared (property)', () => {
    const skills = fc.uniqueArray(fc.constantFrom(...SKILLS), { maxLength: 8 });
    const kandidaten = fc.uniqueArray(fc.record({ trajectId: fc.string({ maxLength: 6 }), skills }), {
      selector: (k) => k.trajectId,
      maxLength: 15,
    });
    fc.assert(
      fc.property(skills, kandidaten, (vacature, lijst) => {
        const ranked = rangschikKandidaten(vacature, lijst);
        expect(ranked.map((r) => r.trajectId).sort()).toEqual(lijst.map((k) => k.trajectId).sort());
        for (const r of ranked) {
          const eigen = lijst.find((k) => k.trajectId === r.trajectId)!.skills;
          expect(r.score).toBe(vacature.filter((s) => eigen.includes(s)).length);
          expect(r.overlap).toHaveLength(r.score);
          expect(r.dekking).toBe(vacature.length === 0 ? 0 : Math.floor((r.score * 100) / vacature.length) / 100);
        }
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          expect(
            a.score > b.score ||
              (a.score === b.score &&
                (a.dekking > b.dekking || (a.dekking === b.dekking && a.trajectId < b.trajectId))),
          ).toBe(true);
        }
      }),
    );
  });
});
