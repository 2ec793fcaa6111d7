import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal, totDat } from './harness/portaal';

const SITUATIE = {
  uitkering: 'geen',
  werkend: false,
  zzp: false,
  arbeidsbeperking: false,
  statushouder: false,
  startkwalificatie: true,
};
const DE_BOER = {
  achternaam: 'de Boer',
  geboortedatum: '1979-11-02',
  postcode: '9722AB',
  huisnummer: '8',
  gemeentecode: 'GM0014',
};

/**
 * Issue 19 at the front office: two records of one person merged from the "Mogelijke dubbelen" screen, a
 * correction with its history, and an anonymous orientation at the Talentperron that gets a route and is
 * identified later (then the traject starts).
 */
describe('portaal: duplicates, correction and anonymous orientation (front office)', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  const ids: string[] = [];
  const menu = (naam: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam });
  const meldAan = async (
    voornaam: string,
    persoon: Omit<typeof DE_BOER, 'achternaam'> & { achternaam: string } = DE_BOER,
  ) =>
    (
      await roep(omgeving, 'intake', 'frontoffice', 'GM0014', 'POST', '/aanmeldingen', {
        kanaal: 'balie',
        inwoner: { voornaam, ...persoon },
        situatie: SITUATIE,
        hulpvraag: 'Werk in de techniek',
      })
    ).body.inwonerId as string;

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
    page = browser.page;
    ids.push(await meldAan('Pieter'), await meldAan('Piet'));
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('merges two records of one person after comparing them side by side and confirming', async () => {
    await inloggen(page, omgeving.url, 'frontoffice', 'GM0014');
    await menu('Mogelijke dubbelen').click();
    await page.getByRole('link', { name: 'Paar 1 beoordelen' }).click();
    const naastElkaar = page.getByRole('table', { name: 'Gegevens naast elkaar' });
    await naastElkaar.waitFor();
    expect(
      await naastElkaar.getByRole('row').filter({ hasText: 'verschilt' }).getByRole('rowheader').allTextContents(),
    ).toEqual(['Naam verschilt']);
    await page.getByLabel('Inschrijving B blijft').check();
    await page.getByLabel(/^Reden van het samenvoegen/).fill('Zelfde persoon, Piet is de roepnaam');
    await page.getByRole('button', { name: 'Samenvoegen…' }).click();
    await page.getByText('Dit kan niet ongedaan worden gemaakt.').waitFor();
    await schermafdruk(page, 'frontoffice-dubbelen-samenvoegen');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, samenvoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De inschrijvingen zijn samengevoegd' }).waitFor();
    await page.getByText('Er zijn geen mogelijke dubbelen om te beoordelen.').waitFor();
    // Both ids now answer as one person.
    const gelezen = await Promise.all(
      ids.map((id) => roep(omgeving, 'intake', 'frontoffice', 'GM0014', 'GET', `/inwoners/${id}`)),
    );
    expect(gelezen.map((g) => g.status)).toEqual([200, 200]);
    expect(gelezen[0].body.id).toBe(gelezen[1].body.id);
    ids.splice(0, 2, gelezen[0].body.id);
  });

  it('records that two alike records are different people, so the pair is no longer proposed', async () => {
    const mulder = { ...DE_BOER, achternaam: 'Mulder', huisnummer: '10' };
    await meldAan('Jan', mulder);
    await meldAan('Johan', mulder);
    await menu('Mogelijke dubbelen').click();
    await page.getByRole('link', { name: 'Paar 1 beoordelen' }).click();
    await page.getByRole('table', { name: 'Gegevens naast elkaar' }).getByText('Jan Mulder').waitFor();
    await page.getByRole('button', { name: 'Verschillende personen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd: dit zijn verschillende personen' }).waitFor();
    await page.getByText('Er zijn geen mogelijke dubbelen om te beoordelen.').waitFor();
    const lijst = await roep(omgeving, 'intake', 'frontoffice', 'GM0014', 'GET', '/mogelijke-dubbelen');
    expect(lijst.body.totaal).toBe(0);
  });

  it('corrects the phone number with a reason and shows it under Wijzigingen', async () => {
    await page.goto(`${omgeving.url}/inwoners/${ids[0]}`);
    const formulier = page.getByRole('form', { name: 'Gegevens corrigeren' });
    await formulier.getByLabel(/^Telefoonnummer/).fill('0698765432');
    await formulier.getByLabel(/^Reden van de correctie/).fill('Nieuw nummer doorgegeven aan de balie');
    await formulier.getByRole('button', { name: 'Correctie opslaan' }).click();
    await formulier.getByRole('status').filter({ hasText: 'De gegevens zijn gecorrigeerd' }).waitFor();
    const rij = page.getByRole('table', { name: 'Wijzigingen' }).getByRole('row').filter({ hasText: 'Telefoonnummer' });
    await rij.waitFor();
    expect(await rij.getByRole('cell').nth(3).textContent()).toBe('0698765432');
    expect(await rij.getByRole('cell').nth(4).textContent()).toBe('Nieuw nummer doorgegeven aan de balie');
    await schermafdruk(page, 'frontoffice-correctie');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it("lists an inwoner's correction request, links to their correction form and closes it with an outcome", async () => {
    const inwonerId = await meldAan('Greet', { ...DE_BOER, achternaam: 'Visser', geboortedatum: '1983-06-14' });
    // The inwoner files it on Mijn gegevens (issue 20); here straight at intake with their own token.
    const alsInwoner = async (method: string, pad: string, body?: unknown) => {
      const token = await omgeving.run.inwonerToken(inwonerId);
      const res = await fetch(`${omgeving.dienst('intake')}/api/v1${pad}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as { id: string; items: { status: string; uitkomstToelichting?: string }[] };
    };
    const verzoek = await alsInwoner('POST', '/mijn/correctieverzoeken', {
      onderdeel: 'adres',
      gewenst: 'Hoofdstraat 3, 9711 AA Groningen',
      toelichting: 'Ik ben verhuisd',
    });
    await page.goto(`${omgeving.url}/intake`);
    await menu('Correctieverzoeken').click();
    const kaart = page.getByRole('form', { name: 'Greet Visser: Adres' });
    await kaart.waitFor();
    expect(await kaart.getByText('Hoofdstraat 3, 9711 AA Groningen').count()).toBe(1);
    expect(await kaart.getByRole('link', { name: 'Gegevens van Greet Visser verbeteren' }).getAttribute('href')).toBe(
      `/inwoners/${inwonerId}`,
    );
    await schermafdruk(page, 'frontoffice-correctieverzoeken');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await kaart.getByLabel(/^Uitkomst/).selectOption('afgewezen');
    await kaart.getByLabel(/^Toelichting voor de inwoner/).fill('Uw nieuwe adres staat al in de gegevens.');
    await kaart.getByRole('button', { name: 'Verzoek afhandelen' }).click();
    await page.getByText('Het verzoek van Greet Visser is afgehandeld (afgewezen).').waitFor();
    await kaart.waitFor({ state: 'detached' });
    expect((await alsInwoner('GET', '/mijn/correctieverzoeken')).items).toEqual([
      expect.objectContaining({ status: 'afgewezen', uitkomstToelichting: 'Uw nieuwe adres staat al in de gegevens.' }),
    ]);
    expect(verzoek.id).toBeDefined();
  });

  it('registers an anonymous orientation at the Talentperron with a route, and identifies the person later', async () => {
    await menu('Nieuwe aanmelding').click();
    await page.getByLabel('Hoe meldt de inwoner zich?').selectOption('talentperron');
    await page.getByLabel('Anoniem oriënteren').check();
    expect(await page.getByLabel('Geboortedatum').count()).toBe(0);
    await page.getByLabel(/^Roepnaam/).fill('Sam');
    await page.getByLabel('Uitkering').selectOption('geen');
    await page.getByLabel('Hulpvraag').fill('Even rondkijken wat er mogelijk is');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding geregistreerd' }).waitFor();
    await page.getByRole('heading', { name: 'Route' }).waitFor();
    await page.getByText('Anonieme oriëntatie').waitFor();
    await schermafdruk(page, 'frontoffice-anoniem-route');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await page.getByRole('link', { name: 'Gegevens en toestemming van de inwoner' }).click();
    const formulier = page.getByRole('form', { name: 'Identificeren' });
    await formulier.getByLabel('Achternaam').fill('Visser');
    await formulier.getByLabel('Voornaam').fill('Samira');
    await formulier.getByLabel('Geboortedatum').fill('03-07-1995');
    await formulier.getByLabel('Postcode').fill('9711 AB');
    await formulier.getByLabel('Huisnummer').fill('21');
    await formulier.getByRole('button', { name: 'Identificeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samira Visser' }).waitFor();
    const inwonerId = new URL(page.url()).pathname.split('/').pop()!;
    // Identified, the aanmelding is complete: trajecten starts the traject from intake's event.
    const traject = await totDat(async () => {
      const r = await roep(omgeving, 'trajecten', 'beheer', 'wiz', 'GET', `/trajecten?inwonerId=${inwonerId}`);
      return r.body?.items?.[0] as { inwonerId: string } | undefined;
    }, 'the traject of the identified person');
    expect(traject.inwonerId).toBe(inwonerId);
  });
});
