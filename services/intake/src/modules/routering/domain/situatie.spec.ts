import { routeringssituatie } from './situatie';

describe('routeringssituatie', () => {
  it('hands routing only the situation it routes on, never the ESF+ answers', () => {
    const metEsf = {
      uitkering: 'geen',
      werkend: false,
      zzp: false,
      arbeidsbeperking: true,
      statushouder: false,
      startkwalificatie: true,
      participatieladder: 3,
      migratieachtergrond: true,
      werkloosSinds: '2025-01-01',
    } as const;
    expect(routeringssituatie(metEsf)).toEqual({
      uitkering: 'geen',
      werkend: false,
      zzp: false,
      arbeidsbeperking: true,
      statushouder: false,
      startkwalificatie: true,
      participatieladder: 3,
    });
  });
});
