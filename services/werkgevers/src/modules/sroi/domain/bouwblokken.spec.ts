import { parseBouwblokken, STANDAARD_BOUWBLOKKEN } from './bouwblokken';

describe('bouwblokken from configuration', () => {
  it('accepts all five doelgroepen in whole non-negative cents', () => {
    const json = JSON.stringify({ ...STANDAARD_BOUWBLOKKEN, ww: 1_500_000 });
    expect(parseBouwblokken(json)).toEqual({ ...STANDAARD_BOUWBLOKKEN, ww: 1_500_000 });
  });

  it.each([
    ['a missing doelgroep', JSON.stringify({ ...STANDAARD_BOUWBLOKKEN, ww: undefined }), /ww/],
    ['an unknown key', JSON.stringify({ ...STANDAARD_BOUWBLOKKEN, bijstand: 1 }), /bijstand/],
    ['a fraction of a cent', JSON.stringify({ ...STANDAARD_BOUWBLOKKEN, ww: 12.5 }), /ww/],
    ['a negative value', JSON.stringify({ ...STANDAARD_BOUWBLOKKEN, 'geen-uitkering': -1 }), /geen-uitkering/],
    ['euros as text', JSON.stringify({ ...STANDAARD_BOUWBLOKKEN, ww: '12500' }), /ww/],
    ['broken JSON', '{ww: 1}', /JSON/],
  ])('refuses %s', (_, json, melding) => {
    expect(() => parseBouwblokken(json)).toThrow(melding);
  });

  it('has the region defaults of domain.md', () => {
    expect(STANDAARD_BOUWBLOKKEN).toEqual({
      'participatiewet-kort': 3_000_000,
      'participatiewet-lang': 4_000_000,
      doelgroepregister: 4_000_000,
      ww: 1_250_000,
      'geen-uitkering': 1_000_000,
    });
  });
});
