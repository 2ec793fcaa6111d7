import { leidSroiDoelgroepAf, Uitkeringssituatie } from './sroi-doelgroep-afleiding';

const situatie = (s: Partial<Uitkeringssituatie>): Uitkeringssituatie => ({
  uitkering: 'geen',
  uitkeringSinds: null,
  doelgroepregister: null,
  ...s,
});

describe('SROI doelgroep derived from what intake told', () => {
  it.each([
    [situatie({ uitkering: 'wia', doelgroepregister: true }), '2026-03-01', 'doelgroepregister'],
    [situatie({ uitkering: 'participatiewet', uitkeringSinds: '2025-01' }), '2026-03-01', 'participatiewet-kort'],
    [situatie({ uitkering: 'participatiewet', uitkeringSinds: '2024-03' }), '2026-03-31', 'participatiewet-kort'], // maybe not two full years
    [situatie({ uitkering: 'participatiewet', uitkeringSinds: '2024-03' }), '2026-04-01', 'participatiewet-lang'], // two years whatever day of March
    [situatie({ uitkering: 'participatiewet', uitkeringSinds: '2019-12' }), '2026-01-15', 'participatiewet-lang'],
    [situatie({ uitkering: 'ww', uitkeringSinds: '2026-01', doelgroepregister: false }), '2026-03-01', 'ww'],
    [situatie({ uitkering: 'geen' }), '2026-03-01', 'geen-uitkering'],
  ])('%j starting %s is %s', (s, start, doelgroep) => {
    expect(leidSroiDoelgroepAf(s, start)).toBe(doelgroep);
  });

  it.each([
    ['nothing known yet', null],
    ['Participatiewet without its start month', situatie({ uitkering: 'participatiewet' })],
    ['WIA', situatie({ uitkering: 'wia' })],
    ['Wajong', situatie({ uitkering: 'wajong', doelgroepregister: false })],
    ['Anw', situatie({ uitkering: 'anw' })],
  ])('leaves it unconfirmed for %s', (_, s) => {
    expect(leidSroiDoelgroepAf(s, '2026-03-01')).toBeNull();
  });
});
