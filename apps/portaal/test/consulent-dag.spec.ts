import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { Browsersessie, ernstigeSchendingen, inloggen, openBrowser, schermafdruk } from './harness/browser';
import { PortaalOmgeving, roep, roepAls, startPortaal, totDat, Wie } from './harness/portaal';
import { meldSanneJansenAan } from './support/aanmelding';

const UWV: Wie = { rol: 'consulent', organisatie: 'UWV', subject: 'k.visser', team: 'Matchen Noord' };
const LOKET: Wie = { rol: 'consulent', organisatie: 'leerwerkloket', subject: 'l.bakker', team: 'Loket Stad' };

/**
 * Issue 18's consulent's day: "Mijn caseload" with names, the person in view, a contact moment closed, a handover
 * to the leerwerkloket that its consulent accepts; the person then moves with the traject, and intake's audit shows
 * every read with its purpose.
 */
describe('portaal: the consulent’s day (caseload, person, follow-up, handover)', () => {
  let omgeving: PortaalOmgeving;
  let browser: Browsersessie;
  let page: Page;
  let traject: { id: string; inwonerId: string };
  const trajectLink = () => page.getByRole('link', { name: `Traject ${traject.id.slice(0, 8)}` });
  const persoonVoor = (wie: Wie) =>
    roepAls(omgeving, 'intake', wie, 'GET', `/inwoners/${traject.inwonerId}?doel=begeleiding`);

  beforeAll(async () => {
    omgeving = await startPortaal();
    browser = await openBrowser();
    page = browser.page;
    // Beheer registers both consulenten in their teams and gives each organisation its assignment rule.
    for (const [wie, naam] of [
      [UWV, 'Kees Visser'],
      [LOKET, 'Lies Bakker'],
    ] as const) {
      const medewerker = await roep(omgeving, 'trajecten', 'beheer', 'wiz', 'PUT', `/medewerkers/${wie.subject}`, {
        naam,
        organisatie: wie.organisatie,
        team: wie.team,
        actief: true,
      });
      expect(medewerker.status).toBe(200);
      const regel = await roep(omgeving, 'trajecten', 'beheer', 'wiz', 'PUT', `/toewijzingsregels/${wie.organisatie}`, {
        regel: 'minst-belast',
        team: wie.team,
      });
      expect(regel.status).toBe(200);
    }
    traject = (await meldSanneJansenAan(omgeving)).traject;
    // Intake opens the person once traject-toegewezen has told it who holds the traject.
    await totDat(async () => ((await persoonVoor(UWV)).status === 200 ? true : undefined), 'the person for UWV');
  }, 120_000);
  afterAll(async () => {
    await browser?.sluit();
    await omgeving?.stop();
  });

  it('shows "Mijn caseload" with the person’s name, and the person on the traject page', async () => {
    await inloggen(page, omgeving.url, 'consulent', 'UWV', { naam: UWV.subject, team: UWV.team });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn caseload' }).click();
    const rij = page.getByRole('table', { name: 'Mijn caseload' }).getByRole('row').filter({ has: trajectLink() });
    await rij.getByRole('rowheader', { name: 'Sanne Jansen' }).waitFor();
    expect(await rij.getByRole('cell').nth(1).textContent()).toBe('Matchen');
    await schermafdruk(page, 'consulent-caseload');
    expect(await ernstigeSchendingen(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Team' }).click();
    await page
      .getByRole('table', { name: 'Team Matchen Noord' })
      .getByRole('rowheader', { name: 'Sanne Jansen' })
      .waitFor();

    await trajectLink().click();
    const inwoner = page.getByRole('region', { name: 'Inwoner' });
    await inwoner.getByText('Sanne Jansen').waitFor();
    expect(await inwoner.textContent()).toContain('0612345678');
    expect(await inwoner.textContent()).toContain('Ik wil de zorg in');
    expect(await inwoner.textContent()).toContain('UitkeringWW');
  });

  it('writes a conversation note and a plan goal with an action, agreed with the inwoner', async () => {
    const notitie = page.getByRole('form', { name: 'Notitie schrijven' });
    await notitie.getByLabel('Soort notitie').selectOption('gesprek');
    await notitie.getByRole('textbox', { name: /^Notitie/ }).fill('Kennismaking: <script>wil</script> de zorg in');
    await notitie.getByRole('button', { name: 'Notitie opslaan' }).click();
    await notitie.getByRole('status').filter({ hasText: 'De notitie staat in het journaal.' }).waitFor();
    const journaal = page.getByRole('list', { name: 'Notities, de nieuwste eerst' });
    await journaal.getByText('Kennismaking: <script>wil</script> de zorg in', { exact: true }).waitFor();
    expect(await journaal.textContent()).toContain('Gesprek · door k.visser');

    const doel = page.getByRole('form', { name: 'Doel toevoegen' });
    await doel.getByRole('textbox', { name: /^Doel/ }).fill('Werk in de zorg');
    await doel.getByRole('button', { name: 'Doel toevoegen' }).click();
    const doelen = page.getByRole('list', { name: 'Doelen van het plan' });
    await doelen.getByText('Werk in de zorg', { exact: true }).waitFor();
    const actie = page.getByRole('form', { name: 'Actie toevoegen' });
    await actie.getByRole('textbox', { name: /^Actie/ }).fill('Open dag Zorggroep Stad bezoeken');
    await actie.getByRole('button', { name: 'Actie toevoegen' }).click();
    await doelen.getByRole('cell', { name: 'Open dag Zorggroep Stad bezoeken', exact: true }).waitFor();
    const akkoord = page.getByRole('form', { name: 'Akkoord op het plan vastleggen' });
    await akkoord.getByLabel('Akkoord gegeven door').fill('Sanne Jansen');
    await akkoord.getByRole('button', { name: 'Akkoord vastleggen' }).click();
    await page.getByText('0 van 1 doel behaald. Afgesproken met Sanne Jansen').waitFor();
    await doelen.getByLabel('Status van actie: Open dag Zorggroep Stad bezoeken').selectOption('behaald');
    const actieRij = doelen.getByRole('row').filter({ hasText: 'Open dag Zorggroep Stad bezoeken' });
    await actieRij.getByRole('button', { name: 'Status opslaan' }).click();
    await actieRij.getByRole('status').filter({ hasText: 'De status is opgeslagen.' }).waitFor();
    const doelStatus = doelen.locator('form').filter({ has: page.getByLabel('Status van doel: Werk in de zorg') });
    await doelStatus.getByLabel('Status van doel: Werk in de zorg').selectOption('behaald');
    await doelStatus.getByRole('button', { name: 'Status opslaan' }).click();
    await page.getByText('1 van 1 doel behaald.').waitFor();
  });

  it('closes the contact moment with its outcome and plans the next', async () => {
    const formulier = page.getByRole('form', { name: 'Opvolging afsluiten' });
    expect(await formulier.getByLabel('Opvolging', { exact: true }).textContent()).toContain('Contactmoment');
    await formulier.getByLabel('Uitkomst').fill('Gebeld: <b>sollicitatie</b> bij Zorggroep Stad volgende week');
    await formulier.getByLabel('Volgende opvolging plannen').check();
    await formulier.getByRole('button', { name: 'Opvolging afsluiten' }).click();
    await formulier
      .getByRole('status')
      .filter({ hasText: 'Contactmoment is afgesloten. Volgende: contactmoment' })
      .waitFor();
    // The outcome as typed, markup and all, shown as text.
    await page
      .getByRole('table', { name: 'Opvolgingen van dit traject' })
      .getByText('Gebeld: <b>sollicitatie</b> bij Zorggroep Stad volgende week', { exact: true })
      .waitFor();
    const opvolgingen = await roep(
      omgeving,
      'trajecten',
      'consulent',
      'UWV',
      'GET',
      `/opvolgingen?trajectId=${traject.id}`,
    );
    expect(opvolgingen.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ soort: 'contactmoment', status: 'afgehandeld' }),
        expect.objectContaining({ soort: 'contactmoment', status: 'gepland' }),
      ]),
    );
    await schermafdruk(page, 'consulent-traject-persoon');
    expect(await ernstigeSchendingen(page)).toEqual([]);
  });

  it('proposes a handover to the leerwerkloket in a step it runs, and a second one is refused in Dutch', async () => {
    const formulier = page.getByRole('form', { name: 'Overdracht voorstellen' });
    const naar = formulier.getByLabel('Naar organisatie');
    // Another organisation receives a traject only in a step it runs: the leerwerkloket runs Ontwikkelen and Scholen.
    await naar.locator('option', { hasText: 'Gemeente Groningen (GM0014)' }).waitFor({ state: 'attached' });
    expect(await naar.locator('option').allTextContents()).not.toContain('Leerwerkloket');
    await formulier.getByLabel('In de stap').selectOption('scholen');
    await naar.locator('option', { hasText: 'Leerwerkloket' }).waitFor({ state: 'attached' });
    expect(await naar.locator('option').allTextContents()).not.toContain('Werkgeversservicepunt');
    await naar.selectOption('leerwerkloket');
    await formulier.getByLabel('Bericht aan de ontvanger').fill('Wil de zorg in; keuzeadvies voor een opleiding');
    await formulier.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await formulier
      .getByRole('status')
      .filter({ hasText: 'De overdracht is voorgesteld aan Leerwerkloket, in de stap Scholen' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Overdrachten van dit traject' })
      .getByRole('cell', { name: 'Wacht op antwoord' })
      .waitFor();

    await formulier.getByLabel('Bericht aan de ontvanger').fill('Nog een keer');
    await formulier.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await formulier
      .getByRole('alert')
      .filter({ hasText: 'er wacht al een overdracht van dit traject op antwoord' })
      .waitFor();
  });

  it('lets the leerwerkloket consulent accept it and see the person', async () => {
    await inloggen(page, omgeving.url, 'consulent', 'leerwerkloket', { naam: LOKET.subject, team: LOKET.team });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overdrachten' }).click();
    const rij = page
      .getByRole('table', { name: 'Overdrachten die op uw antwoord wachten' })
      .getByRole('row')
      .filter({ hasText: 'Wil de zorg in; keuzeadvies voor een opleiding' });
    await rij.waitFor();
    await schermafdruk(page, 'consulent-overdrachten');
    expect(await ernstigeSchendingen(page)).toEqual([]);
    await rij.getByRole('button', { name: `Traject ${traject.id.slice(0, 8)} accepteren` }).click();
    await page.getByRole('status').filter({ hasText: 'geaccepteerd' }).waitFor();
    await page.getByRole('link', { name: `Naar Traject ${traject.id.slice(0, 8)}` }).click();
    await page.waitForURL(`**/trajecten/${traject.id}`);
    await page.getByRole('region', { name: 'Inwoner' }).getByText('Sanne Jansen').waitFor();
    const historie = page.getByRole('table', { name: 'Overdrachten van dit traject' });
    await historie.getByRole('cell', { name: 'Geaccepteerd' }).waitFor();
    await historie.getByRole('cell', { name: 'Leerwerkloket, stap Scholen' }).waitFor();
    // Accepting moved the traject into the step the leerwerkloket took it on in.
    await page.getByRole('form', { name: 'Overdracht voorstellen' }).getByLabel('In de stap').waitFor();
    expect(await page.getByRole('form', { name: 'Overdracht voorstellen' }).getByLabel('In de stap').inputValue()).toBe(
      'scholen',
    );
  });

  it('closes the traject and the person to the first consulent, and intake audited every read with its purpose', async () => {
    await totDat(async () => ((await persoonVoor(UWV)).status === 404 ? true : undefined), 'intake to close it');
    await inloggen(page, omgeving.url, 'consulent', 'UWV', { naam: UWV.subject, team: UWV.team });
    await page.goto(`${omgeving.url}/trajecten/${traject.id}`);
    await page.getByRole('alert').filter({ hasText: 'niet (meer) in uw caseload' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn caseload' }).click();
    await page.getByText('0 trajecten').waitFor();
    expect(await trajectLink().count()).toBe(0);

    const db = new Client({ connectionString: omgeving.run.databaseUrl('intake') });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT subject AS actor, organisatie, doel FROM audit_log WHERE inwoner_ids @> ARRAY[$1::uuid] AND actie = 'inzage' ORDER BY at`,
        [traject.inwonerId],
      );
      const lezers = new Set(rows.map((r) => `${r.actor}@${r.organisatie}:${r.doel}`));
      expect([...lezers].sort()).toEqual(['k.visser@UWV:begeleiding', 'l.bakker@leerwerkloket:begeleiding']);
    } finally {
      await db.end();
    }
  });
});
