import type { FastifyInstance, FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';
import { kalenderdag, REGIO_TIJDZONE } from '@wiz/contracts';
import { InvalidTokenError, JwtVerifier } from '@wiz/platform/dist/auth/jwt-verifier.js';
import type { GegevensExport as GegevensExportDto } from '@wiz/platform/dist/audit/audit.schemas.js';
import type { PortaalConfig, UpstreamName } from './config';

/** One service's answer to GET /api/v1/mijn/gegevens-export (AVG art. 15): the platform's one shape for all four. */
type GegevensExport = InstanceType<typeof GegevensExportDto>;
export type ExportAntwoord = { dienst: UpstreamName; export?: GegevensExport; fout?: string };

const DIENST_NAMEN: Record<UpstreamName, string> = {
  intake: 'Aanmelding en inschrijving (Intake)',
  trajecten: 'Trajecten en begeleiding (Trajecten)',
  werkgevers: 'Werkgevers en plaatsingen (Werkgevers)',
  subsidies: 'Subsidies en verantwoording (Subsidies)',
};
const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;
const LINKS = 50;

/**
 * `GET /portaal/mijn/gegevens.pdf`: the inwoner's art. 15 download as one PDF to read. The portaal asks the four
 * services' /mijn/gegevens-export with the caller's own token (each service decides what is theirs; the portaal
 * adds nothing and stores nothing) and lays them out per service and kind of record. Only an inwoner session.
 */
export async function mijnGegevensPdfRoutes(app: FastifyInstance, options: { config: PortaalConfig }): Promise<void> {
  const { upstreams, tokens } = options.config;
  const verifier = new JwtVerifier(tokens);
  app.get('/portaal/mijn/gegevens.pdf', async (request, reply) => {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return probleem(reply, 401, 'Unauthorized', 'A bearer token is required.');
    let principal: Awaited<ReturnType<JwtVerifier['verify']>>;
    try {
      principal = await verifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidTokenError)
        return probleem(reply, 401, 'Unauthorized', `The bearer token was refused: ${err.message}.`);
      throw err;
    }
    if (!principal.inwonerId)
      return probleem(reply, 403, 'Forbidden', 'Only an inwoner downloads their own data here.');
    const antwoorden = await Promise.all(
      (Object.keys(upstreams) as UpstreamName[]).map((dienst) => haalExport(upstreams[dienst], dienst, token)),
    );
    if (antwoorden.every((a) => a.fout))
      return probleem(reply, 502, 'Bad Gateway', 'No service answered; try again later.');
    const pdf = await gegevensPdf(antwoorden, { naam: principal.naam, gemaaktOp: new Date() });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="mijn-gegevens-${kalenderdag(new Date())}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}

async function haalExport(upstream: string, dienst: UpstreamName, token: string): Promise<ExportAntwoord> {
  try {
    const antwoord = await fetch(`${upstream}/api/v1/mijn/gegevens-export`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!antwoord.ok) return { dienst, fout: `status ${antwoord.status}` };
    return { dienst, export: (await antwoord.json()) as GegevensExport };
  } catch (err) {
    return { dienst, fout: (err as Error).message };
  }
}

function probleem(reply: FastifyReply, status: number, title: string, detail: string): FastifyReply {
  return reply.code(status).type('application/problem+json').send({ type: 'about:blank', title, status, detail });
}

type Pdf = InstanceType<typeof PDFDocument>;

/** The art. 15 overview: per service, per kind of record why it is kept, on what basis, for whom, how long, and the data. */
export async function gegevensPdf(
  antwoorden: ExportAntwoord[],
  over: { naam?: string; gemaaktOp: Date },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: LINKS,
    bufferPages: true,
    info: { Title: 'Uw gegevens bij Werk in Zicht', CreationDate: over.gemaaktOp },
  });
  const klaar = verzamel(doc);
  doc.fontSize(20).font('Helvetica-Bold').text('Uw gegevens bij Werk in Zicht');
  doc
    .moveDown(0.5)
    .fontSize(11)
    .font('Helvetica')
    .text(`${over.naam ? `Voor ${over.naam}. ` : ''}Gemaakt op ${datum(over.gemaaktOp.toISOString())}.`)
    .moveDown(0.5)
    .text(
      'U heeft het recht om te weten welke gegevens wij van u hebben (AVG artikel 15). Hieronder staat per onderdeel ' +
        'waarom wij de gegevens hebben, op welke grond, met wie wij ze delen en hoe lang wij ze bewaren.',
    );
  for (const a of antwoorden) dienst(doc, a);
  voetteksten(doc);
  doc.end();
  return klaar;
}

function dienst(doc: Pdf, a: ExportAntwoord): void {
  doc.moveDown().fontSize(15).font('Helvetica-Bold').text(DIENST_NAMEN[a.dienst], LINKS);
  if (!a.export) {
    doc
      .fontSize(10)
      .font('Helvetica')
      .text('Dit onderdeel kon nu niet worden opgehaald. Probeer het later opnieuw of vraag het ons.');
    return;
  }
  if (!a.export.onderdelen.length) doc.fontSize(10).font('Helvetica').text('Wij hebben hier geen gegevens van u.');
  for (const o of a.export.onderdelen) {
    if (doc.y > 700) doc.addPage();
    doc
      .moveDown(0.6)
      .fontSize(12)
      .font('Helvetica-Bold')
      .text(o.omschrijving || o.soort);
    regel(doc, 'Waarom', o.doel);
    regel(doc, 'Grond', o.grondslag);
    regel(doc, 'Gedeeld met', o.ontvangers.length ? o.ontvangers.join(', ') : 'niemand buiten Werk in Zicht');
    regel(doc, 'Bewaard', bewaartermijn(o.bewaartermijn));
    if (!o.gegevens.length) {
      doc.fontSize(10).font('Helvetica-Oblique').text('Geen gegevens.');
      continue;
    }
    o.gegevens.forEach((rij, i) => {
      if (doc.y > 740) doc.addPage();
      doc
        .moveDown(0.3)
        .fontSize(10)
        .font('Helvetica-Bold')
        .text(`${o.gegevens.length > 1 ? `${i + 1}. ` : ''}Gegevens`);
      for (const [veld, waarde] of Object.entries(rij)) regel(doc, veld, tekst(waarde));
    });
  }
}

function regel(doc: Pdf, label: string, waarde: string): void {
  doc.fontSize(10).font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(waarde);
}

function bewaartermijn(b: GegevensExport['onderdelen'][number]['bewaartermijn']): string {
  // Without a configured period, `vanaf` says how long in words ("zolang u het wilt").
  const duur = b.jaren === undefined ? b.vanaf : `${b.jaren} jaar na ${b.vanaf}`;
  return `${duur ?? 'zolang nodig'}${b.bron ? ` (bron: ${b.bron})` : ''}`;
}

/** A value as one readable line: dates as "3 maart 2026", yes/no, lists and parts as "naam: waarde" pairs. */
function tekst(waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'string') return /^\d{4}-\d{2}-\d{2}(T|$)/.test(waarde) ? datum(waarde) : waarde;
  if (typeof waarde === 'number') return String(waarde);
  if (Array.isArray(waarde)) return waarde.length ? waarde.map(tekst).join('; ') : '—';
  if (typeof waarde === 'object')
    return Object.entries(waarde)
      .map(([k, v]) => `${k}: ${tekst(v)}`)
      .join(', ');
  return JSON.stringify(waarde);
}

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: REGIO_TIJDZONE,
});
const datum = (iso: string) => DATUM.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

function voetteksten(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    doc
      .fontSize(8)
      .font('Helvetica')
      .text(`Uw gegevens bij Werk in Zicht · pagina ${i + 1} van ${count}`, LINKS, doc.page.height - 35, {
        width: doc.page.width - 2 * LINKS,
        align: 'center',
        lineBreak: false,
      });
  }
}

function verzamel(doc: Pdf): Promise<Buffer> {
  const delen: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
}
