import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal, totDat } from './harness/portaal';
import { trajectVan } from './support/aanmelding';
import { kalenderdag } from '@wiz/contracts';

/** The 20.000 dashboard: figures from the monitor, charts per step, month and gemeente, and live updates. */
describe('portaal: dashboard 20.000 inwoners een stap vooruit', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  const vandaag = kalenderdag(new Date());
  const jaar = vandaag.slice(0, 4);

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  const kengetal = async (titel: string) =>
    Number(
      (
        await browser.page.getByRole('region', { name: titel, exact: true }).locator('.kengetal').textContent()
      )?.replace(/\D/g, ''),
    );

  it('shows a new placement without reloading, passes axe, and filters by gemeente', async () => {
    const { page } = browser;
    // A WW recipient in Groningen: routed to UWV, step Matchen, so werkgevers can place her.
    const aanmelding = await roep(omgeving, 'intake', 'frontoffice', 'GM0014', 'POST', '/aanmeldingen', {
      kanaal: 'balie',
      inwoner: {
        voornaam: 'Fenna',
        achternaam: 'Bos',
        geboortedatum: '1990-02-11',
        postcode: '9712CD',
        huisnummer: '8',
        gemeentecode: 'GM0014',
      },
      situatie: {
        uitkering: 'ww',
        werkend: false,
        zzp: false,
        arbeidsbeperking: false,
        statushouder: false,
        startkwalificatie: true,
        participatieladder: 4,
      },
      hulpvraag: 'Ik zoek werk in de zorg',
    });
    expect(aanmelding.status).toBe(201);
    // Beheer's targets: 500 placements from 1 January, and the afspraakbanen basis (beginstand 3) with its target.
    for (const streefwaarde of [
      { sleutel: 'plaatsingen', geldigVanaf: `${jaar}-01-01`, doel: 500 },
      {
        sleutel: 'afspraakbanen',
        geldigVanaf: `${jaar}-01-01`,
        basisdatum: `${jaar}-01-01`,
        beginstand: 3,
        beginstandEenheden: 2.5,
        doel: 40,
        doelEenheden: 35,
      },
    ])
      expect((await roep(omgeving, 'trajecten', 'beheer', 'wiz', 'POST', '/streefwaarden', streefwaarde)).status).toBe(
        201,
      );
    const traject = await trajectVan(omgeving, aanmelding.body.inwonerId);

    await inloggen(page, omgeving.url, 'monitor', 'wiz');
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await page.getByText('Live', { exact: false }).first().waitFor();
    await page.locator('.live-aan').waitFor();
    expect(await kengetal('Gestarte trajecten')).toBe(1);
    expect(await kengetal('Plaatsingen')).toBe(0);
    await page.evaluate(() => ((window as unknown as { zelfdePagina: boolean }).zelfdePagina = true));

    // The employer team places her; werkgevers publishes, trajecten counts, and the dashboard hears of it.
    const werkgever = await roep(omgeving, 'werkgevers', 'werkgeversteam', 'wiz', 'POST', '/werkgevers', {
      kvkNummer: '12345678',
      naam: 'Zorggroep Noord',
      gemeentecode: 'GM0014',
      sbiCode: '8710',
    });
    const vacature = await roep(
      omgeving,
      'werkgevers',
      'werkgeversteam',
      'wiz',
      'POST',
      `/werkgevers/${werkgever.body.id}/vacatures`,
      { titel: 'Helpende zorg', urenPerWeek: 32, aantal: 2, skills: ['persoonlijke-verzorging'] },
    );
    expect([werkgever.status, vacature.status]).toEqual([201, 201]);
    await totDat(
      async () =>
        (
          await roep(
            omgeving,
            'werkgevers',
            'werkgeversteam',
            'wiz',
            'GET',
            `/vacatures/${vacature.body.id}/kandidaten`,
          )
        ).body.items.length > 0
          ? true
          : undefined,
      'the candidate',
    );
    const plaatsing = await roep(omgeving, 'werkgevers', 'werkgeversteam', 'wiz', 'POST', '/plaatsingen', {
      trajectId: traject.id,
      werkgeverId: werkgever.body.id,
      vacatureId: vacature.body.id,
      startdatum: vandaag,
      urenPerWeek: 32,
      contractvorm: 'vast',
    });
    expect(plaatsing.status).toBe(201);

    await totDat(
      async () => ((await kengetal('Plaatsingen')) === 1 ? true : undefined),
      'the dashboard to show the placement',
    );
    expect(await page.evaluate(() => (window as unknown as { zelfdePagina?: boolean }).zelfdePagina)).toBe(true);
    // Since issue 15: the counting rules' version, targets beside the figures, afspraakbanen, per doelgroep and project.
    await page.getByText(/^Geteld volgens teldefinitie versie \d+\.$/).waitFor();
    const regio = (titel: string) => page.getByRole('region', { name: titel, exact: true });
    expect(await regio('Plaatsingen').locator('.streefwaarde').textContent()).toBe(
      `Streefwaarde 500 (vanaf 1 januari ${jaar})`,
    );
    expect(await regio('Gestarte trajecten').locator('.streefwaarde').count()).toBe(0);
    expect(await regio('Kansrijk Opleiden').locator('.hint').textContent()).toMatch(/; 0 behaalde opleidingen/);
    expect(await kengetal('Afspraakbanen')).toBe(3);
    expect(await regio('Afspraakbanen').locator('.streefwaarde').textContent()).toBe(
      'Streefwaarde 40 banen en 35 eenheden',
    );
    expect(await regio('Afspraakbanen').locator('.hint').textContent()).toBe(
      `2,5 eenheden van 25,5 uur. Lopend totaal sinds 1 januari ${jaar}, beginstand 3.`,
    );
    const doelgroepen = page.getByRole('table', { name: 'Per doelgroep' });
    expect((await doelgroepen.getByRole('row', { name: /^WW/ }).locator('td').allTextContents()).map(Number)).toEqual([
      1, 1, 0, 1,
    ]);
    await doelgroepen.getByRole('rowheader', { name: 'Doelgroep onbekend' }).waitFor();
    await page.getByRole('table', { name: 'Per project' }).waitFor();
    await page.getByRole('region', { name: 'Per gemeente' }).getByText('Toon als tabel').click();
    expect(
      await page
        .getByRole('region', { name: 'Per gemeente' })
        .getByRole('row', { name: /Groningen/ })
        .textContent(),
    ).toMatch(/Groningen.*1/);
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await schermafdruk(page, 'dashboard');

    // Another gemeente: nothing there yet.
    await page.getByLabel('Gemeente', { exact: true }).selectOption('GM0037');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await totDat(async () => ((await kengetal('Gestarte trajecten')) === 0 ? true : undefined), 'the filtered figures');
    expect(await kengetal('Plaatsingen')).toBe(0);
  });

  it('refuses the dashboard’s data to a role without access, with a Dutch message', async () => {
    const { page } = browser;
    await inloggen(page, omgeving.url, 'frontoffice', 'GM0014');
    await page.goto(`${omgeving.url}/dashboard`);
    expect(await page.getByRole('alert').textContent()).toContain('U hebt geen toegang');
  });
});
