import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, startPortaal, totDat } from './harness/portaal';
import { meldSanneJansenAan } from './support/aanmelding';
import { kalenderdag } from '@wiz/contracts';

const vandaag = () => kalenderdag(new Date());

/**
 * The consulent's day: a traject from an aanmelding on the worklist, its steps, an activity, the ladder, a
 * colleague's change meanwhile (412), and the duurzaamheidscheck after a placement (seconds long here).
 */
describe('portaal: consulent', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  let traject: { id: string; inwonerId: string };
  let werkgeverId: string;

  const trajectNuInDeDienst = async () =>
    (await roep(omgeving, 'trajecten', 'consulent', 'UWV', 'GET', `/trajecten/${traject.id}`)).body;
  const huidigeStap = () => page.locator('[aria-current="step"]');

  beforeAll(async () => {
    omgeving = await startPortaal({ DUURZAAMHEIDSCHECK_NA: 'PT2S', OPVOLGING_RECONCILE_MS: '1000' });
    browser = await openBrowser();
    page = browser.page;
    const aangemeld = await meldSanneJansenAan(omgeving);
    expect(aangemeld.aanmelding.route).toMatchObject({ stap: 'matchen', organisatie: 'UWV' });
    traject = aangemeld.traject;
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('shows the traject on the UWV consulent’s worklist, filtered by step', async () => {
    await inloggen(page, omgeving.url, 'consulent', 'UWV');
    expect(new URL(page.url()).pathname).toBe('/werklijst');
    const rij = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` }) });
    await rij.waitFor();
    expect(await rij.getByRole('cell').allTextContents()).toEqual([
      'GM0014',
      'Matchen',
      expect.any(String),
      expect.any(String),
      '0',
    ]);
    await page.getByLabel('Stap').selectOption('scholen');
    await page.getByText('0 trajecten gevonden').waitFor();
    expect(await rij.count()).toBe(0);
    await page.getByLabel('Stap').selectOption('matchen');
    await rij.waitFor();
  });

  it('moves the traject to another step, with the timeline following', async () => {
    await page.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` }).click();
    await page.waitForURL(`**/trajecten/${traject.id}`);
    await huidigeStap().filter({ hasText: 'Matchen' }).waitFor();
    expect(await huidigeStap().textContent()).toContain('Huidige stap');
    expect(
      await page.getByRole('list', { name: 'Stappen van het traject' }).locator(':scope > li').allTextContents(),
    ).toHaveLength(5);

    await page.getByLabel('Nieuwe stap').selectOption('ontwikkelen');
    await page.getByLabel('Toelichting').fill('Eerst Kansrijk Opleiden in de zorg');
    await page.getByRole('button', { name: 'Stap wijzigen' }).click();
    await page.getByText('Het traject staat nu in de stap Ontwikkelen.').waitFor();
    await huidigeStap().filter({ hasText: 'Ontwikkelen' }).waitFor();
    expect(await page.getByRole('table', { name: 'Wijzigingen van stap' }).textContent()).toContain(
      'Eerst Kansrijk Opleiden in de zorg',
    );
    expect(await trajectNuInDeDienst()).toMatchObject({ huidigeStap: 'ontwikkelen' });
  });

  it('adds a Kansrijk Opleiden activity, completes it, and records the ladder', async () => {
    await page.getByLabel('Soort activiteit').selectOption('kansrijk-opleiden');
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await page.getByText('De activiteit Kansrijk Opleiden is toegevoegd.').waitFor();
    await page.getByLabel('Resultaat').selectOption('behaald');
    await page.getByRole('button', { name: 'Activiteit afronden' }).click();
    await page.getByText('Kansrijk Opleiden is afgerond: behaald.').waitFor();
    const activiteiten = page.getByRole('table', { name: 'Activiteiten' });
    await activiteiten.getByRole('cell', { name: 'Behaald' }).waitFor();

    expect(await page.getByText('Huidige trede:').textContent()).toContain('4. Onbetaald werk');
    await page.getByLabel('Nieuwe trede').selectOption('5');
    await page.getByRole('button', { name: 'Trede vastleggen' }).click();
    await page.getByText('Huidige trede: 5. Betaald werk met ondersteuning').waitFor();

    expect(await trajectNuInDeDienst()).toMatchObject({
      participatieladder: 5,
      activiteiten: [{ soort: 'kansrijk-opleiden', resultaat: 'behaald', datum: vandaag() }],
    });
  });

  it('records more working hours outside a placement, and shows them as the hours before the next change', async () => {
    await page.getByText('Er zijn nog geen werkuren vastgelegd.').waitFor();
    await page.getByLabel('Uren per week daarvoor').fill('16');
    await page.getByLabel('Nieuwe uren per week').fill('24');
    await page.getByRole('button', { name: 'Werkuren vastleggen' }).click();
    await page.getByText(/^De werkuren zijn vastgelegd: 24 uur per week vanaf /).waitFor();
    const tabel = page.getByRole('table', { name: 'Werkuren buiten een plaatsing' });
    // The message comes as the change is stored; the table once the traject is read again.
    await tabel.getByRole('cell', { name: '24 uur per week' }).waitFor();
    expect(await tabel.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/24 uur per week16 uur per week$/),
    ]);
    // The next change starts from them: shown, no longer asked.
    await page.getByText(/^Daarvoor: 24 uur per week \(vanaf /).waitFor();
    expect(await page.getByLabel('Uren per week daarvoor').count()).toBe(0);
    expect((await trajectNuInDeDienst()).werkuren).toEqual([
      { id: expect.any(String), ingangsdatum: vandaag(), urenPerWeek: 24, vorigeUrenPerWeek: 16 },
    ]);
  });

  it('refuses a change on top of a colleague’s change in Dutch, and shows the newest state', async () => {
    // A colleague moves the traject back to Matchen (the diploma is in) while this page still shows Ontwikkelen.
    expect(
      (
        await roep(omgeving, 'trajecten', 'consulent', 'UWV', 'POST', `/trajecten/${traject.id}/stappen`, {
          stap: 'matchen',
          toelichting: 'diploma gehaald',
        })
      ).status,
    ).toBe(200);
    await page.getByLabel('Nieuwe stap').selectOption('scholen');
    await page.getByLabel('Toelichting').fill('Toch nog een opleiding');
    await page.getByRole('button', { name: 'Stap wijzigen' }).click();
    const melding = page.getByRole('alert').filter({ hasText: 'Een collega heeft dit traject net gewijzigd' });
    await melding.waitFor();
    await huidigeStap().filter({ hasText: 'Matchen' }).waitFor();
    expect(await trajectNuInDeDienst()).toMatchObject({ huidigeStap: 'matchen' });
    await schermafdruk(page, 'consulent-traject');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('records the duurzaamheidscheck that comes due after a placement: duurzaam', async () => {
    // Werkgevers: an employer, a vacancy, and the placement once werkgevers sees the person as a candidate.
    const werkgever = await roep(omgeving, 'werkgevers', 'werkgeversteam', 'WIZ', 'POST', '/werkgevers', {
      kvkNummer: '87654321',
      naam: 'Zorggroep Stad',
      gemeentecode: 'GM0014',
      sbiCode: '8710',
    });
    werkgeverId = werkgever.body.id;
    const vacature = await roep(
      omgeving,
      'werkgevers',
      'werkgeversteam',
      'WIZ',
      'POST',
      `/werkgevers/${werkgever.body.id}/vacatures`,
      { titel: 'Helpende zorg', urenPerWeek: 28, aantal: 1, skills: ['persoonlijke-verzorging'] },
    );
    await totDat(
      async () =>
        (
          await roep(
            omgeving,
            'werkgevers',
            'werkgeversteam',
            'WIZ',
            'GET',
            `/vacatures/${vacature.body.id}/kandidaten`,
          )
        ).body.items.length > 0
          ? true
          : undefined,
      'the candidate in werkgevers',
    );
    const plaatsing = await roep(omgeving, 'werkgevers', 'werkgeversteam', 'WIZ', 'POST', '/plaatsingen', {
      trajectId: traject.id,
      werkgeverId: werkgever.body.id,
      vacatureId: vacature.body.id,
      startdatum: vandaag(),
      urenPerWeek: 28,
      contractvorm: 'vast',
    });
    expect(plaatsing.status).toBe(201);
    const check = await totDat(
      async () =>
        (
          await roep(
            omgeving,
            'trajecten',
            'consulent',
            'UWV',
            'GET',
            `/opvolgingen?soort=duurzaamheidscheck&status=open&trajectId=${traject.id}`,
          )
        ).body.items[0],
      'the duurzaamheidscheck',
    );

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werklijst' }).click();
    await page.waitForURL('**/werklijst');
    const opvolging = page
      .getByRole('table', { name: 'Opvolgingen die aan de beurt zijn' })
      .getByRole('row')
      .filter({ hasText: 'Duurzaamheidscheck' });
    await opvolging.waitFor();
    expect(await opvolging.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` }).count()).toBe(1);
    const trajectRij = page
      .getByRole('table', { name: 'Actieve trajecten van UWV' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` }) });
    expect(await trajectRij.getByRole('cell').last().textContent()).toBe('1');
    await schermafdruk(page, 'consulent-werklijst');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await opvolging.getByRole('link', { name: 'Check invullen' }).click();
    await page.waitForURL(`**/opvolgingen/${check.id}`);
    await page.getByRole('group', { name: 'Is de persoon nog in dienst?' }).getByLabel('Ja').check();
    await page.getByLabel('Uren per week').fill('28');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    const uitkomst = page.getByRole('status').filter({ hasText: 'De uitkomst is vastgelegd' });
    await uitkomst.waitFor();
    expect(await uitkomst.textContent()).toBe('De uitkomst is vastgelegd: duurzaam.');
    await page.getByText('Status: Afgehandeld.').waitFor();
    await schermafdruk(page, 'consulent-duurzaamheidscheck');

    const opgeslagen = await roep(omgeving, 'trajecten', 'consulent', 'UWV', 'GET', `/opvolgingen/${check.id}`);
    expect(opgeslagen.body).toMatchObject({
      status: 'afgehandeld',
      uitkomst: { inDienst: true, urenPerWeek: 28, duurzaam: true },
    });
  });

  it('explains in Dutch (409) that a colleague recorded the check meanwhile, and shows their outcome', async () => {
    // A second placement (a side job since yesterday): the same traject, employer and start date would be the same one.
    const gisteren = kalenderdag(new Date(Date.now() - 86_400_000));
    const plaatsing = await roep(omgeving, 'werkgevers', 'werkgeversteam', 'WIZ', 'POST', '/plaatsingen', {
      trajectId: traject.id,
      werkgeverId,
      startdatum: gisteren,
      urenPerWeek: 20,
      contractvorm: 'tijdelijk',
    });
    expect(plaatsing.status).toBe(201);
    const check = await totDat(
      async () =>
        (
          await roep(
            omgeving,
            'trajecten',
            'consulent',
            'UWV',
            'GET',
            `/opvolgingen?status=open&trajectId=${traject.id}`,
          )
        ).body.items.find((o: { plaatsingId: string }) => o.plaatsingId === plaatsing.body.id),
      'the second check',
    );
    await page.goto(`${omgeving.url}/opvolgingen/${check.id}`);
    await page.getByLabel('Uren per week').fill('32');
    expect(
      (
        await roep(omgeving, 'trajecten', 'consulent', 'UWV', 'POST', `/opvolgingen/${check.id}/uitkomst`, {
          inDienst: false,
          urenPerWeek: 0,
        })
      ).status,
    ).toBe(200);
    await page.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'de uitkomst is al vastgelegd' }).waitFor();
    await page.getByText('Uitkomst: niet duurzaam (niet meer in dienst).').waitFor();
    expect(await page.getByRole('button', { name: 'Uitkomst vastleggen' }).count()).toBe(0);
  });

  it('shows a traject a colleague closed meanwhile as closed, without forms', async () => {
    await page.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` }).click();
    await page.waitForURL(`**/trajecten/${traject.id}`);
    await page.getByLabel('Nieuwe trede').waitFor();
    expect(
      (
        await roep(omgeving, 'trajecten', 'consulent', 'UWV', 'POST', `/trajecten/${traject.id}/afsluiting`, {
          reden: 'werk',
          datum: vandaag(),
        })
      ).status,
    ).toBe(200);
    await page.getByLabel('Nieuwe trede').selectOption('6');
    await page.getByRole('button', { name: 'Trede vastleggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Een collega heeft dit traject net gewijzigd' }).waitFor();
    await page.getByText('Dit traject is afgesloten op').waitFor();
    expect(await page.getByText('Dit traject is afgesloten op').textContent()).toContain('Reden: Aan het werk.');
    expect(await page.getByRole('button', { name: 'Stap wijzigen' }).count()).toBe(0);
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    expect(await trajectNuInDeDienst()).toMatchObject({ status: 'afgesloten', participatieladder: 5 });
  });
});
