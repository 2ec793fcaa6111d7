import { isoDateParts, kalenderdag } from '@wiz/contracts';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal, totDat } from './harness/portaal';

/** The council report: preview, publish after confirming, a correction with its reason, and the stored files. */
describe('portaal: rapportages', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  const { year: jaar, month } = isoDateParts(kalenderdag(new Date()));
  const halfjaar = `${jaar}-H${month <= 6 ? 1 : 2}`;

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('previews a gemeente’s half year, publishes it after confirming, lists who published, and passes axe', async () => {
    const { page } = browser;
    // One inwoner of Groningen starts a traject (intake routes her), so the report has a started traject.
    const aanmelding = await roep(omgeving, 'intake', 'frontoffice', 'GM0014', 'POST', '/aanmeldingen', {
      kanaal: 'balie',
      inwoner: {
        voornaam: 'Sanne',
        achternaam: 'Mulder',
        geboortedatum: '1988-05-03',
        postcode: '9712CD',
        huisnummer: '3',
        gemeentecode: 'GM0014',
      },
      situatie: {
        uitkering: 'ww',
        werkend: false,
        zzp: false,
        arbeidsbeperking: false,
        statushouder: false,
        startkwalificatie: true,
      },
      hulpvraag: 'Ik zoek werk',
    });
    expect(aanmelding.status).toBe(201);
    await totDat(
      async () =>
        (await roep(omgeving, 'trajecten', 'beheer', 'wiz', 'GET', `/trajecten?inwonerId=${aanmelding.body.inwonerId}`))
          .body?.items?.[0],
      'the traject',
    );

    await inloggen(page, omgeving.url, 'monitor', 'wiz');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' }).click();
    await page.getByRole('heading', { name: 'Rapportages', level: 1 }).waitFor();
    // The list loads after the heading; wait for its answer rather than counting what has rendered so far.
    await page.getByText('Er is nog geen rapportage gepubliceerd.').waitFor();
    await page.getByLabel('Periode', { exact: true }).selectOption(halfjaar);
    await page.getByLabel('Gebied', { exact: true }).selectOption('GM0014');
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    const kern = page.getByRole('table', { name: 'Kerncijfers' });
    expect(await kern.getByRole('row', { name: /Gestarte trajecten/ }).textContent()).toMatch(/Gestarte trajecten\s*1/);
    expect(await page.getByRole('table', { name: 'Stap vooruit per stap' }).getByRole('row').count()).toBe(6);

    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText(`Versie 1 van de rapportage ${halfjaar} is gepubliceerd.`).waitFor();
    const lijst = page.getByRole('table', { name: /Gepubliceerde rapportages/ });
    await lijst.getByRole('row', { name: new RegExp(`${halfjaar}, Groningen`) }).waitFor();
    expect(await lijst.getByRole('row', { name: new RegExp(halfjaar) }).textContent()).toContain('door ');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await schermafdruk(page, 'rapportages');

    // Again: a correction, which asks for its reason before it becomes version 2.
    await page.getByRole('button', { name: 'Correctie publiceren' }).click();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Reden van de correctie' }).waitFor();
    await page.getByLabel('Reden van de correctie').fill('Nagekomen aanmeldingen van juni');
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText(`Versie 2 van de rapportage ${halfjaar} is gepubliceerd.`).waitFor();
    const { items } = (await roep(omgeving, 'trajecten', 'monitor', 'wiz', 'GET', `/rapportages?periode=${halfjaar}`))
      .body;
    expect(items.map((r: { versie: number; reden: string | null }) => [r.versie, r.reden])).toEqual([
      [2, 'Nagekomen aanmeldingen van juni'],
      [1, null],
    ]);
  });

  it('downloads the stored PDF and XLSX under their own names, byte for byte as published', async () => {
    const { page } = browser;
    const { items } = (await roep(omgeving, 'trajecten', 'monitor', 'wiz', 'GET', `/rapportages?periode=${halfjaar}`))
      .body;
    const versie1 = items.find((r: { versie: number }) => r.versie === 1);
    for (const [formaat, knop] of [
      ['pdf', 'PDF'],
      ['xlsx', 'Excel'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `${knop} van ${halfjaar} Groningen versie 1` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`rapportage-${halfjaar}-GM0014-v1.${formaat}`);
      const inhoud = readFileSync(await download.path());
      expect(createHash('sha256').update(inhoud).digest('hex')).toBe(versie1.sha256[formaat]);
    }
  });

  it('refuses the reports to a role without access, with a Dutch message', async () => {
    const { page } = browser;
    await inloggen(page, omgeving.url, 'consulent', 'GM0014');
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' }).count(),
    ).toBe(0);
    await page.goto(`${omgeving.url}/rapportages`);
    expect(await page.getByRole('alert').first().textContent()).toContain('U hebt geen toegang');
  });
});
