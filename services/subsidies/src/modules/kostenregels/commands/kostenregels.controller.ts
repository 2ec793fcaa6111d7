import { Body, Controller, Headers, Post, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { CurrentPrincipal, Idempotent, Principal, Roles, TransactionRunner, problemException } from '@wiz/platform';
import { KostenregelInvoerSchema, valideerImport } from '../domain';
import { KostenregelOpslag } from '../database/kostenregel-opslag';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class NieuweKostenregel extends createZodDto(KostenregelInvoerSchema) {}

@ApiTags('kostenregels')
@Controller('kostenregels')
export class KostenregelsController {
  constructor(private readonly transactions: TransactionRunner, private readonly opslag: KostenregelOpslag) {}

  @Post()
  @Roles('financien', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record one cost line (cents, or staff hours × hourly rate) with its supporting document' })
  @ApiCreatedResponse({ description: '{ id }' })
  async maak(@Body() regel: NieuweKostenregel, @CurrentPrincipal() wie: Principal) {
    const [id] = await this.transactions.run((m) => this.opslag.bewaar(m, [regel], (_i, naam) => naam, wie.organisatie));
    return { id };
  }

  /**
   * Imports a CSV or XLSX file (columns named as the JSON fields). All or nothing: one bad row and nothing is
   * imported, with every bad row and field named.
   */
  @Post('import')
  @Roles('financien', 'beheer')
  @ApiConsumes(CSV, XLSX)
  @ApiOperation({ summary: 'Import cost lines from CSV or XLSX; any bad row imports nothing' })
  @ApiCreatedResponse({ description: '{ aantal }' })
  async importeer(@Body() bestand: Buffer, @Headers('content-type') contentType = '', @CurrentPrincipal() wie: Principal) {
    const type = contentType.split(';')[0].trim();
    if (!Buffer.isBuffer(bestand) || (type !== CSV && type !== XLSX)) throw new UnsupportedMediaTypeException(`Send ${CSV} or ${XLSX}.`);
    const rijen = type === CSV ? leesCsv(bestand) : await leesXlsx(bestand);
    const uitkomst = valideerImport(rijen);
    if ('fouten' in uitkomst) {
      const errors = uitkomst.fouten.slice(0, 1_000).map((f) => ({ field: `rij ${f.rijnummer}.${f.veld}`, message: f.melding }));
      throw problemException(400, `${new Set(uitkomst.fouten.map((f) => f.rijnummer)).size} row(s) are invalid; nothing was imported.`, { errors });
    }
    const ids = await this.transactions.run((m) => this.opslag.bewaar(m, uitkomst.regels, (i, naam) => `rij ${i + 2}.${naam}`, wie.organisatie));
    return { aantal: ids.length };
  }
}

function leesCsv(bestand: Buffer): Record<string, string>[] {
  try {
    return parse(bestand.toString('utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw problemException(400, `The CSV file cannot be read: ${(err as Error).message}`);
  }
}

async function leesXlsx(bestand: Buffer): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bestand as unknown as ArrayBuffer);
  } catch {
    throw problemException(400, 'The XLSX file cannot be read.');
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const kop = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const rijen: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const rij: Record<string, string> = {};
    kop.forEach((naam, col) => {
      if (!naam) return;
      const cell = row.getCell(col).value;
      rij[naam] = cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
    });
    rijen.push(rij);
  });
  return rijen;
}
