import type { Streefwaarde } from './monitor-cijfers.type';
import { aangevuld, beginstandVoor, geldendeStreefwaarde } from './streefwaarden';
import { afspraakbanenCijfers } from './afspraakbanen';

const sw = (s: Partial<Streefwaarde>): Streefwaarde => ({
  id: 'x',
  sleutel: 'afspraakbanen',
  gemeentecode: null,
  geldigVanaf: '2020-12-31',
  basisdatum: null,
  beginstand: null,
  beginstandEenheden: null,
  doel: null,
  doelEenheden: null,
  vastgesteldDoor: 'beheer',
  vastgesteldOp: '2026-01-01T00:00:00.000Z',
  ...s,
});

describe('streefwaarden', () => {
  const regio2023 = sw({ id: 'r1', sleutel: 'inwoners-een-stap-vooruit', geldigVanaf: '2023-01-01', doel: 20000 });
  const regio2026 = sw({ id: 'r2', sleutel: 'inwoners-een-stap-vooruit', geldigVanaf: '2026-01-01', doel: 21000 });
  const assen = sw({
    id: 'a',
    sleutel: 'inwoners-een-stap-vooruit',
    gemeentecode: 'GM0106',
    geldigVanaf: '2024-01-01',
    doel: 900,
  });

  it('takes the latest valid on the peildatum, a gemeente’s own before the region’s', () => {
    const alle = [regio2026, assen, regio2023];
    expect(geldendeStreefwaarde(alle, 'inwoners-een-stap-vooruit', '2025-06-30')?.id).toBe('r1');
    expect(geldendeStreefwaarde(alle, 'inwoners-een-stap-vooruit', '2026-06-30')?.id).toBe('r2');
    expect(geldendeStreefwaarde(alle, 'inwoners-een-stap-vooruit', '2026-06-30', 'GM0106')?.id).toBe('a');
    expect(geldendeStreefwaarde(alle, 'inwoners-een-stap-vooruit', '2026-06-30', 'GM0014')?.id).toBe('r2');
    expect(geldendeStreefwaarde(alle, 'inwoners-een-stap-vooruit', '2022-12-31')).toBeNull();
    expect(geldendeStreefwaarde(alle, 'plaatsingen', '2026-06-30')).toBeNull();
  });

  it('later set wins between two valid from the same day (a correction)', () => {
    const correctie = { ...regio2023, id: 'r1b', doel: 19000, vastgesteldOp: '2026-02-01T00:00:00.000Z' };
    expect(geldendeStreefwaarde([regio2023, correctie], 'inwoners-een-stap-vooruit', '2024-01-01')?.id).toBe('r1b');
  });

  it('adds a starting balance when the period holds its basisdatum, and only for its own area', () => {
    const ko = sw({ sleutel: 'kansrijk-opleiden', basisdatum: '2024-05-31', beginstand: 120 });
    const tot = '2026-06-30';
    expect(beginstandVoor(ko, { tot }, undefined)).toBe(120);
    expect(beginstandVoor(ko, { van: '2024-01-01', tot }, undefined)).toBe(120);
    expect(beginstandVoor(ko, { van: '2024-01-01', tot: '2024-05-31' }, undefined)).toBe(120);
    expect(beginstandVoor(ko, { van: '2024-06-01', tot }, undefined)).toBe(0);
    // A half-year that ended before the results were counted does not report them.
    expect(beginstandVoor(ko, { van: '2023-01-01', tot: '2023-06-30' }, undefined)).toBe(0);
    expect(beginstandVoor(ko, { tot: '2024-05-30' }, undefined)).toBe(0);
    expect(beginstandVoor(ko, { tot }, 'GM0014')).toBe(0);
    expect(beginstandVoor(null, { tot }, undefined)).toBe(0);
    expect(beginstandVoor(sw({ beginstand: 7 }), { van: '2030-01-01', tot: '2030-06-30' }, undefined)).toBe(7);
  });

  it('completes a new one from the one in force for the same figure and area on its date: what beheer left out stays', () => {
    const seed = sw({ id: 's', basisdatum: '2020-12-31', beginstand: 3001, beginstandEenheden: 3001, doel: 3500 });
    const assen = sw({ id: 'a', gemeentecode: 'GM0106', basisdatum: '2022-12-31', beginstand: 40, doel: 90 });
    const alle = [seed, assen];
    const nieuw = { sleutel: 'afspraakbanen' as const, geldigVanaf: '2026-01-01' };
    expect(aangevuld({ ...nieuw, doel: 3600 }, alle)).toEqual({
      ...nieuw,
      gemeentecode: null,
      basisdatum: '2020-12-31',
      beginstand: 3001,
      beginstandEenheden: 3001,
      doel: 3600,
      doelEenheden: null,
    });
    // A balance given replaces the balance as a whole (the units too); the target stays.
    expect(aangevuld({ ...nieuw, basisdatum: '2024-12-31', beginstand: 3200 }, alle)).toMatchObject({
      basisdatum: '2024-12-31',
      beginstand: 3200,
      beginstandEenheden: null,
      doel: 3500,
    });
    // A gemeente's from its own, never from the region's.
    expect(aangevuld({ ...nieuw, gemeentecode: 'GM0106', doel: 100 }, alle)).toMatchObject({
      beginstand: 40,
      doel: 100,
    });
    expect(aangevuld({ ...nieuw, gemeentecode: 'GM0014', doel: 10 }, alle)).toMatchObject({
      beginstand: null,
      doel: 10,
    });
    // Only one in force on its date: one valid from later does not count.
    expect(aangevuld({ ...nieuw, geldigVanaf: '2020-01-01', doel: 1 }, alle)).toMatchObject({ beginstand: null });
    expect(aangevuld({ ...nieuw, sleutel: 'plaatsingen', doel: 5 }, alle)).toMatchObject({ beginstand: null, doel: 5 });
  });

  it('afspraakbanen: the seeds’ 3,001 at the end of 2020 plus later afspraakbaan placements, in heads and 25.5-hour units', () => {
    const seed = sw({ basisdatum: '2020-12-31', beginstand: 3001, beginstandEenheden: 3001, doel: 3500 });
    const plaatsingen = [
      { startdatum: '2020-12-01', urenPerWeek: 30 },
      { startdatum: '2026-02-01', urenPerWeek: 25.5 },
      { startdatum: '2026-03-01', urenPerWeek: 12.75 },
    ];
    expect(afspraakbanenCijfers(seed, plaatsingen, '2026-12-31')).toEqual({
      basisdatum: '2020-12-31',
      banen: 3003,
      eenheden: 3002.5,
      beginstand: 3001,
      doel: 3500,
      doelEenheden: null,
    });
    expect(afspraakbanenCijfers(seed, plaatsingen, '2026-02-15').banen).toBe(3002);
    expect(afspraakbanenCijfers(seed, plaatsingen, '2026-12-31', 'GM0014')).toMatchObject({
      banen: 2,
      beginstand: 0,
      doel: null,
    });
    expect(afspraakbanenCijfers(null, plaatsingen, '2026-12-31')).toMatchObject({
      basisdatum: null,
      banen: 3,
      beginstand: 0,
    });
  });
});
