import type { Page, Request } from 'playwright-core';
import { openBrowser, ernstigeSchendingen, inloggen, schermafdruk, Browsersessie } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal } from './harness/portaal';
import { organisatieNaam, STAP_NAMEN } from '../src/pages/frontoffice/namen';

/** Front office: registering an aanmelding (checked in Dutch before sending), finding the inwoner, consent. */
describe('portaal: front office', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  /** Every aanmelding the browser tried to send, to prove a refused form sends nothing. */
  const verzonden: Request[] = [];
  let registratie: {
    id: string;
    inwonerId: string;
    route: { stap: string; organisatie: string; dienst: string; regelingen: string[]; toelichting: string };
  };

  // Two days ahead: in the future whatever the time zones of this process and the browser.
  const overmorgen = () =>
    new Date(Date.now() + 2 * 86_400_000)
      .toLocaleDateString('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' })
      .replace(/\//g, '-');
  const zichtbaar = (tekst: string) => page.getByText(tekst).first().waitFor();

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
    page = browser.page;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/intake/aanmeldingen')) verzonden.push(r);
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('starts a front-office user on the intake form, with the gemeente filled in', async () => {
    await inloggen(page, omgeving.url, 'frontoffice', 'GM0014');
    expect(new URL(page.url()).pathname).toBe('/intake');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nieuwe aanmelding');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents()).toEqual([
      'Nieuwe aanmelding',
      'Inwoner zoeken',
      'Mogelijke dubbelen',
      'Correctieverzoeken',
    ]);
    expect(await page.getByLabel('Gemeentecode').inputValue()).toBe('GM0014');
    await schermafdruk(page, 'frontoffice-intake-formulier');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('explains a bad BSN, postcode and birth date in Dutch, on leaving a field and on submit, and sends nothing', async () => {
    await page.getByLabel('BSN').fill('123456789');
    await page.getByLabel('Voornaam').focus();
    await zichtbaar('Dit BSN bestaat niet (het klopt niet met de elfproef). Controleer de cijfers.');
    await page.getByLabel('Voornaam').fill('Fatima');
    await page.getByLabel('Achternaam').fill('Bakker');
    await page.getByLabel('Geboortedatum').fill(overmorgen());
    await page.getByLabel('Postcode').fill('97 AB');
    await page.getByLabel('Huisnummer').fill('12A');
    await page.getByLabel('Uitkering').selectOption('participatiewet');
    await page.getByLabel('Heeft een arbeidsbeperking').check();
    await page.getByLabel('Hulpvraag').fill('Ik wil graag weer aan het werk, het liefst in de zorg.');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

    const overzicht = page.getByRole('alert').filter({ hasText: 'niet goed ingevuld' });
    await overzicht.waitFor();
    expect(await overzicht.getByRole('heading').textContent()).toBe('Er zijn 3 dingen niet goed ingevuld');
    expect(await overzicht.getByRole('link').allTextContents()).toEqual([
      'Dit BSN bestaat niet (het klopt niet met de elfproef). Controleer de cijfers.',
      'De geboortedatum kan niet in de toekomst liggen.',
      'Vul een postcode in met 4 cijfers en 2 letters, zoals 9711 AB.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('foutoverzicht'))).toBe(true);
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.getByRole('textbox', { name: 'Geboortedatum' }).evaluate((el) =>
        el
          .getAttribute('aria-describedby')
          ?.split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      ),
    ).toContain('De geboortedatum kan niet in de toekomst liggen.');
    await overzicht.getByRole('link', { name: /elfproef/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('bsn');
    await schermafdruk(page, 'frontoffice-intake-fouten');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    expect(verzonden).toHaveLength(0);
    const gezocht = await roep(omgeving, 'intake', 'beheer', 'wiz', 'POST', '/inwoners/_zoek', {
      achternaam: 'Bakker',
      geboortedatum: '1988-03-14',
    });
    expect(gezocht).toEqual({ status: 200, body: { items: [] } });
  });

  it('sends the corrected form once (a retry keeps its Idempotency-Key) and shows the route with its toelichting', async () => {
    await page.getByLabel('BSN').fill('123 456 782');
    await page.getByLabel('Geboortedatum').fill('14-03-1988');
    await page.getByLabel('Postcode').fill('9711 ab');
    expect(await page.getByText('Dit BSN bestaat niet', { exact: false }).count()).toBe(0);

    // The optional ESF+ questions: checked like the rest (a date ahead is refused in Dutch, nothing sent), then answered.
    const esf = page.getByRole('group', { name: 'Voor de ESF+-rapportage (optioneel)' });
    await esf.getByLabel('Zoekt werk').selectOption('ja');
    await esf.getByLabel('Zonder werk sinds').fill(overmorgen());
    await esf.getByLabel('Hoogst afgeronde opleiding').selectOption('6');
    await esf.getByLabel('Heeft een GGZ-achtergrond').selectOption('nee');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const esfFout = page.getByRole('alert').filter({ hasText: 'niet goed ingevuld' });
    expect(await esfFout.getByRole('link').allTextContents()).toEqual(['Deze datum kan niet in de toekomst liggen.']);
    expect(verzonden).toHaveLength(0);
    await esf.getByLabel('Zonder werk sinds').fill('01-02-2025');

    // The first attempt never reaches the service, as with a dropped connection.
    await page.route('**/api/intake/aanmeldingen', (route) => route.abort('failed'), { times: 1 });
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await zichtbaar('Het versturen is niet gelukt. Controleer de verbinding en probeer het opnieuw.');
    const antwoord = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/intake/aanmeldingen'),
    );
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const response = await antwoord;
    expect(response.status()).toBe(201);
    registratie = await response.json();

    expect(verzonden).toHaveLength(2);
    const sleutels = await Promise.all(verzonden.map((r) => r.headerValue('idempotency-key')));
    expect(sleutels[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sleutels[1]).toBe(sleutels[0]);
    expect(verzonden[1].postDataJSON().inwoner).toEqual(
      expect.objectContaining({
        bsn: '123456782',
        geboortedatum: '1988-03-14',
        postcode: '9711 ab',
        gemeentecode: 'GM0014',
      }),
    );
    const esfAntwoorden = {
      werkzoekend: true,
      werkloosSinds: '2025-02-01',
      opleidingsniveau: 6,
      ggzAchtergrond: false,
    };
    expect(verzonden[1].postDataJSON().situatie).toEqual({
      uitkering: 'participatiewet',
      werkend: false,
      zzp: false,
      arbeidsbeperking: true,
      statushouder: false,
      startkwalificatie: false,
      ...esfAntwoorden,
    });

    await page.getByRole('heading', { level: 1, name: 'Aanmelding geregistreerd' }).waitFor();
    const route = page.getByRole('region', { name: 'Route' });
    expect(await route.locator('dd').allTextContents()).toEqual([
      STAP_NAMEN[registratie.route.stap as keyof typeof STAP_NAMEN],
      organisatieNaam(registratie.route.organisatie),
      registratie.route.dienst,
      registratie.route.regelingen.join(', ') || 'Geen',
    ]);
    expect(await route.locator('.toelichting').textContent()).toBe(registratie.route.toelichting);
    expect(registratie.route.toelichting.length).toBeGreaterThan(20);

    const opgeslagen = await roep(
      omgeving,
      'intake',
      'frontoffice',
      'GM0014',
      'GET',
      `/aanmeldingen/${registratie.id}`,
    );
    expect(opgeslagen.status).toBe(200);
    expect(opgeslagen.body).toEqual(
      expect.objectContaining({
        id: registratie.id,
        inwonerId: registratie.inwonerId,
        kanaal: 'balie',
        route: registratie.route,
        routeringsversie: 2,
      }),
    );
    expect(opgeslagen.body.situatie).toEqual(expect.objectContaining(esfAntwoorden));
    await schermafdruk(page, 'frontoffice-route');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nieuwe aanmelding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' }).waitFor();
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('');
  });

  it('shows the fields a service refuses (400) on those fields', async () => {
    await page.route('**/api/intake/aanmeldingen', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Validation failed',
          errors: [{ field: 'inwoner.achternaam', message: 'must not be empty' }],
        }),
      }),
    );
    await page.getByLabel('Voornaam').fill('Jan');
    await page.getByLabel('Achternaam').fill('Jansen');
    await page.getByLabel('Geboortedatum').fill('01-01-1970');
    await page.getByLabel('Postcode').fill('9711AB');
    await page.getByLabel('Huisnummer').fill('1');
    await page.getByLabel('Uitkering').selectOption('geen');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const overzicht = page.getByRole('alert').filter({ hasText: 'niet goed ingevuld' });
    await overzicht.waitFor();
    expect(await overzicht.getByRole('link').allTextContents()).toEqual([
      'De dienst keurt dit gegeven af. Controleer het en probeer het opnieuw.',
    ]);
    expect(await page.getByLabel('Achternaam').getAttribute('aria-invalid')).toBe('true');
    await page.unroute('**/api/intake/aanmeldingen');
  });

  it('finds the inwoner by surname and birth date and opens their details', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inwoner zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inwoner zoeken' }).waitFor();
    await page.getByLabel('Zoeken op').selectOption('naam');
    await page.getByLabel('Achternaam').fill('bakker');
    await page.getByLabel('Geboortedatum').fill('14-3-1988');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const tabel = page.getByRole('table', { name: 'Gevonden inwoners' });
    await tabel.waitFor();
    expect(await tabel.getByRole('link').allTextContents()).toEqual(['Fatima Bakker']);
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await tabel.getByRole('link', { name: 'Fatima Bakker' }).click();
    await page.waitForURL(`**/inwoners/${registratie.inwonerId}`);
    await page.getByRole('heading', { level: 1, name: 'Fatima Bakker' }).waitFor();
    await zichtbaar('123456782');
    await zichtbaar('14 maart 1988');
  });

  it('records consent to share the profile with employers, and intake stores it', async () => {
    const kaart = page.locator('.toestemming').filter({ hasText: 'Profiel delen met werkgevers' });
    expect(await kaart.locator('.label').textContent()).toBe('Niet gegeven');
    await kaart.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Profiel delen met werkgevers: toestemming vastgelegd.' })
      .waitFor();
    expect(await kaart.locator('.label').textContent()).toMatch(/^Gegeven op \d{1,2} \w+ \d{4}$/);
    await kaart.getByRole('button', { name: 'Toestemming intrekken' }).waitFor();

    const inwoner = await roep(
      omgeving,
      'intake',
      'frontoffice',
      'GM0014',
      'GET',
      `/inwoners/${registratie.inwonerId}`,
    );
    expect(inwoner.body.toestemmingen).toEqual([
      expect.objectContaining({ doel: 'profiel-delen-met-werkgevers', gegeven: true }),
    ]);
    await schermafdruk(page, 'frontoffice-inwoner');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });
});
