import { RegistreerAanmeldingSchema } from '../../../../services/intake/src/modules/aanmeldingen/commands/registreer-aanmelding/registreer-aanmelding.request';
import { controleerAlles, foutenVanServer, SERVERFOUT } from '../../src/rules/formulier';
import { alsAanmelding, INTAKE_REGELS, IntakeInvoer, IntakeVeld, legeIntake } from '../../src/rules/intake-regels';
import {
  bsnFout,
  datumAlsIso,
  emailFout,
  geboortedatumFout,
  gemeentecodeFout,
  huisnummerFout,
  postcodeFout,
  telefoonFout,
} from '../../src/rules/waarden';
import { alsZoekvraag, legeZoekvraag, ZOEK_REGELS } from '../../src/rules/zoek-regels';
import { kalenderdag } from '@wiz/contracts';

const VANDAAG = kalenderdag(new Date());
const MORGEN = kalenderdag(new Date(Date.now() + 86_400_000));

const goed: IntakeInvoer = {
  ...legeIntake('GM0014'),
  bsn: '123456782',
  voornaam: 'Fatima',
  achternaam: 'de Vries',
  geboortedatum: '14-03-1988',
  postcode: '9711 ab',
  huisnummer: '12A',
  uitkering: 'participatiewet',
  hulpvraag: 'Ik zoek werk in de zorg.',
};

describe('single values in Dutch', () => {
  it.each([
    ['', undefined],
    ['123456782', undefined],
    ['1234 56 782', undefined],
    ['12345678', 'Een BSN bestaat uit 9 cijfers. Controleer het nummer.'],
    ['123456789', 'Dit BSN bestaat niet (het klopt niet met de elfproef). Controleer de cijfers.'],
    ['000000000', 'Dit BSN bestaat niet (het klopt niet met de elfproef). Controleer de cijfers.'],
  ])('BSN %j → %p', (invoer, fout) => expect(bsnFout(invoer)).toBe(fout));

  it.each([
    ['31-12-1990', '1990-12-31'],
    ['1-2-1990', '1990-02-01'],
    ['31/12/1990', '1990-12-31'],
    ['31.12.1990', '1990-12-31'],
    ['1990-12-31', '1990-12-31'],
    ['31121990', null],
    ['gisteren', null],
  ])('reads the date %j as %p', (invoer, iso) => expect(datumAlsIso(invoer)).toBe(iso));

  it.each([
    ['', 'Vul de geboortedatum in.'],
    ['14-03-1988', undefined],
    ['29-02-2024', undefined],
    ['29-02-2025', 'Deze datum bestaat niet. Controleer de dag en de maand.'],
    ['12-31-1990', 'Deze datum bestaat niet. Controleer de dag en de maand.'],
    ['maart 1988', 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 31-12-1990.'],
    [VANDAAG, undefined],
    [MORGEN, 'De geboortedatum kan niet in de toekomst liggen.'],
  ])('geboortedatum %j → %p', (invoer, fout) => expect(geboortedatumFout(invoer, VANDAAG)).toBe(fout));

  it('checks postcode, huisnummer, gemeentecode, e-mail and telefoon', () => {
    expect(postcodeFout('9711 AB')).toBeUndefined();
    expect(postcodeFout('9711ab')).toBeUndefined();
    expect(postcodeFout('0711 AB')).toBe('Vul een postcode in met 4 cijfers en 2 letters, zoals 9711 AB.');
    expect(postcodeFout('')).toBe('Vul de postcode in.');
    expect(huisnummerFout('12 bis')).toBeUndefined();
    expect(huisnummerFout('A12')).toMatch(/^Vul een huisnummer in/);
    expect(gemeentecodeFout('gm0014')).toBeUndefined();
    expect(gemeentecodeFout('GM14')).toBe('Vul een gemeentecode in: GM en 4 cijfers, zoals GM0014.');
    expect(emailFout('')).toBeUndefined();
    expect(emailFout('fatima@voorbeeld.nl')).toBeUndefined();
    expect(emailFout('fatima@voorbeeld')).toBe('Vul een e-mailadres in zoals naam@voorbeeld.nl.');
    expect(telefoonFout('+31 (0)50-1234567')).toBeUndefined();
    expect(telefoonFout('bel me')).toMatch(/^Vul een telefoonnummer in/);
  });
});

describe('the intake form', () => {
  it('passes a complete form and builds the request intake expects', () => {
    expect(controleerAlles(INTAKE_REGELS, goed, VANDAAG)).toEqual({});
    expect(alsAanmelding({ ...goed, bsn: '', email: ' ', participatieladder: '3', gemeentecode: 'gm0014 ' })).toEqual({
      kanaal: 'balie',
      inwoner: {
        voornaam: 'Fatima',
        achternaam: 'de Vries',
        geboortedatum: '1988-03-14',
        postcode: '9711 ab',
        huisnummer: '12A',
        gemeentecode: 'GM0014',
      },
      situatie: {
        uitkering: 'participatiewet',
        werkend: false,
        zzp: false,
        arbeidsbeperking: false,
        statushouder: false,
        startkwalificatie: false,
        participatieladder: 3,
      },
      hulpvraag: 'Ik zoek werk in de zorg.',
    });
  });

  it('lists every wrong field in screen order, with a Dutch message', () => {
    const fouten = controleerAlles(
      INTAKE_REGELS,
      { ...legeIntake(''), bsn: '123456789', postcode: '97 AB', geboortedatum: MORGEN },
      VANDAAG,
    );
    expect(Object.keys(fouten)).toEqual([
      'bsn',
      'voornaam',
      'achternaam',
      'geboortedatum',
      'postcode',
      'huisnummer',
      'gemeentecode',
      'uitkering',
    ]);
    expect(fouten.uitkering).toBe('Kies welke uitkering de inwoner heeft, of "Geen uitkering".');
  });

  it("puts intake's 400 field errors on the matching fields, and keeps unknown paths apart", () => {
    const { fouten, overig } = foutenVanServer(
      INTAKE_REGELS,
      [
        { field: 'inwoner.bsn', message: 'must be 9 digits passing the elfproef' },
        { field: 'situatie.uitkering', message: 'Invalid option' },
        { field: 'inwoner.achternaam', message: 'must not be empty' },
        { field: '(body)', message: 'Invalid input' },
      ],
      { ...goed, bsn: '123456789' },
      VANDAAG,
    );
    expect(fouten).toEqual({ bsn: bsnFout('123456789'), uitkering: SERVERFOUT, achternaam: SERVERFOUT });
    expect(overig).toEqual([{ field: '(body)', message: 'Invalid input' }]);
  });
});

/** Values for each field, good and bad, to compare the browser's verdict with intake's own request schema. */
const KANDIDATEN: Partial<Record<IntakeVeld, string[]>> = {
  bsn: ['', '123456782', '111222333', '123456789', '12345678', '1234567820', 'abcdefghi'],
  voornaam: ['Fatima', '', '   ', 'x'.repeat(201)],
  geboortedatum: ['14-03-1988', '1988-03-14', '29-02-2025', '31-04-2000', MORGEN, VANDAAG, '1988/03/14'],
  postcode: ['9711AB', '9711 ab', '0711AB', '9711 A', 'AB9711'],
  huisnummer: ['12', '12A', '12 bis', '123456', 'A', ''],
  gemeentecode: ['GM0014', 'gm1952', 'GM14', 'XX0014', ''],
  email: ['', 'fatima@voorbeeld.nl', 'fatima@', 'fatima@voorbeeld', 'a b@c.nl'],
  telefoon: ['', '06 12345678', '+31 (0)50-1234567', '12345', 'bel me', '0612345678901234567890'],
  uitkering: ['ww', 'geen', '', 'bijstand'],
  kanaal: ['balie', 'evenement', 'post'],
  // The optional ESF+ questions (goed: born 14-03-1988, on bijstand).
  werkzoekend: ['', 'ja', 'nee'],
  werkloosSinds: ['', '01-05-2025', '2025-05-01', '30-02-2025', MORGEN, VANDAAG, '01-01-1980', 'mei 2025'],
  uitkeringSinds: ['', '17-03-2025', '31-04-2025', MORGEN, '13-03-1988'],
  opleidingsniveau: ['', '0', '5', '8', '9', 'hbo'],
  geslacht: ['', 'vrouw', 'onbekend', 'x'],
  ggzAchtergrond: ['', 'ja', 'nee'],
  doelgroepregister: ['', 'ja', 'nee'],
  derdelander: ['', 'nee', 'ja'],
};

describe('the browser refuses exactly what intake refuses', () => {
  const gevallen = (Object.entries(KANDIDATEN) as [IntakeVeld, string[]][]).flatMap(([veld, waarden]) =>
    waarden.map((w) => [veld, w] as const),
  );
  it.each(gevallen)('%s = %j', (veld, waarde) => {
    const invoer = { ...goed, [veld]: waarde };
    const browser = controleerAlles(INTAKE_REGELS, invoer, VANDAAG);
    const server = RegistreerAanmeldingSchema.safeParse(alsAanmelding(invoer));
    expect(Object.keys(browser)).toEqual(server.success ? [] : [veld]);
    if (!server.success)
      expect([...new Set(server.error.issues.map((i) => i.path.join('.')))]).toEqual([INTAKE_REGELS.padVan(veld)]);
  });
});

describe('the ESF+ questions of the intake form', () => {
  it('leaves every unanswered question out of the request, and sends answers as intake takes them', () => {
    expect(alsAanmelding(goed).situatie).toEqual({
      uitkering: 'participatiewet',
      werkend: false,
      zzp: false,
      arbeidsbeperking: false,
      statushouder: false,
      startkwalificatie: false,
    });
    const beantwoord = {
      ...goed,
      werkzoekend: 'nee',
      werkloosSinds: '1-5-2025',
      uitkeringSinds: '2025-03-17',
      opleidingsniveau: '6',
      geslacht: 'vrouw',
      ggzAchtergrond: 'ja',
      platteland: 'nee',
    };
    expect(controleerAlles(INTAKE_REGELS, beantwoord, VANDAAG)).toEqual({});
    expect(JSON.parse(JSON.stringify(alsAanmelding(beantwoord).situatie))).toEqual({
      uitkering: 'participatiewet',
      werkend: false,
      zzp: false,
      arbeidsbeperking: false,
      statushouder: false,
      startkwalificatie: false,
      werkzoekend: false,
      werkloosSinds: '2025-05-01',
      uitkeringSinds: '2025-03-17',
      opleidingsniveau: 6,
      geslacht: 'vrouw',
      ggzAchtergrond: true,
      platteland: false,
    });
  });

  it('accepts only ja, nee or nothing for a yes/no question (the list offers nothing else)', () => {
    expect(controleerAlles(INTAKE_REGELS, { ...goed, werkzoekend: 'misschien', dakloos: 'true' }, VANDAAG)).toEqual({
      werkzoekend: 'Kies ja, nee of niet gevraagd.',
      dakloos: 'Kies ja, nee of niet gevraagd.',
    });
  });

  it('refuses a benefit start without a benefit, as intake does', () => {
    const invoer = { ...goed, uitkering: 'geen', uitkeringSinds: '17-03-2025' };
    expect(controleerAlles(INTAKE_REGELS, invoer, VANDAAG)).toEqual({
      uitkeringSinds: 'Laat dit leeg bij "Geen uitkering".',
    });
    const server = RegistreerAanmeldingSchema.safeParse(alsAanmelding(invoer));
    expect(server.error?.issues.map((i) => i.path.join('.'))).toEqual(['situatie.uitkeringSinds']);
  });

  it("puts intake's 400 on an ESF+ field on that field", () => {
    const { fouten } = foutenVanServer(
      INTAKE_REGELS,
      [{ field: 'situatie.werkloosSinds', message: 'must not be in the future' }],
      { ...goed, werkloosSinds: MORGEN },
      VANDAAG,
    );
    expect(fouten).toEqual({ werkloosSinds: 'Deze datum kan niet in de toekomst liggen.' });
  });
});

describe('the search form', () => {
  it('asks for a valid BSN when searching by BSN, and ignores the name fields', () => {
    expect(controleerAlles(ZOEK_REGELS, { ...legeZoekvraag(), achternaam: 'x' }, VANDAAG)).toEqual({
      bsn: 'Vul het BSN in.',
    });
    expect(controleerAlles(ZOEK_REGELS, { ...legeZoekvraag(), bsn: '123456789' }, VANDAAG).bsn).toMatch(/elfproef/);
    expect(alsZoekvraag({ ...legeZoekvraag(), bsn: '1234.56.782', achternaam: 'de Vries' })).toEqual({
      bsn: '123456782',
    });
  });

  it('asks for surname and birth date when searching by name', () => {
    const opNaam = { ...legeZoekvraag(), zoekenOp: 'naam' as const, bsn: 'onzin' };
    expect(controleerAlles(ZOEK_REGELS, opNaam, VANDAAG)).toEqual({
      achternaam: 'Vul de achternaam in.',
      geboortedatum: 'Vul de geboortedatum in.',
    });
    expect(alsZoekvraag({ ...opNaam, achternaam: ' de Vries ', geboortedatum: '14-3-1988' })).toEqual({
      achternaam: 'de Vries',
      geboortedatum: '1988-03-14',
    });
  });
});
