import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import ExcelJS from 'exceljs';
import { IsoDateSchema } from '@wiz/contracts';
import { Roles } from '@wiz/platform';
import { Rapportage, RapportageQuery } from './rapportage';

const vandaag = () => new Date().toISOString().slice(0, 10);
const Periode = z
  .object({ van: IsoDateSchema.optional(), tot: IsoDateSchema.optional() })
  .strict()
  .transform((p) => ({ van: p.van ?? `${vandaag().slice(0, 4)}-01-01`, tot: p.tot ?? vandaag() }))
  .refine((p) => p.van <= p.tot, { path: ['tot'], message: 'must not be before van' });
class PeriodeVraag extends createZodDto(Periode) {}

@ApiTags('rapportage')
@Controller('rapportage')
export class RapportageController {
  constructor(private readonly rapportage: RapportageQuery) {}

  @Get()
  @Roles('werkgeversteam', 'beheer', 'monitor')
  @ApiOperation({ summary: 'Placements, SROI placements and afspraakbanen for a period (default: this year so far)' })
  @ApiOkResponse({
    description:
      '{ plaatsingen, sroiPlaatsingen, afspraakbanenCumulatief (running total in heads at tot), afspraakbaanEenheden (the same in 25.5-hour units), afspraakbanen: { basisdatum, beginstand, beginstandEenheden, banen, eenheden, doel, doelEenheden }, afspraakbanenLopend: { banen, eenheden }, perSector, perArrangement }',
  })
  get(@Query() p: PeriodeVraag) {
    return this.rapportage.voor(p.van, p.tot);
  }

  @Get('export')
  @Roles('werkgeversteam', 'beheer', 'monitor')
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: 'The same figures as an Excel workbook' })
  @ApiOkResponse({ description: 'XLSX with sheets Totalen, Per sector, Per arrangement' })
  async export(@Query() p: PeriodeVraag): Promise<StreamableFile> {
    const r = await this.rapportage.voor(p.van, p.tot);
    const buffer = await werkboek(r).xlsx.writeBuffer();
    return new StreamableFile(Buffer.from(buffer), {
      disposition: `attachment; filename="rapportage-${r.van}-${r.tot}.xlsx"`,
    });
  }
}

function werkboek(r: Rapportage): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const totalen = wb.addWorksheet('Totalen');
  totalen.columns = [
    { header: 'Indicator', key: 'k', width: 34 },
    { header: 'Waarde', key: 'v', width: 14 },
  ];
  totalen.addRows([
    { k: 'Periode van', v: r.van },
    { k: 'Periode tot en met', v: r.tot },
    { k: 'Plaatsingen', v: r.plaatsingen },
    { k: 'SROI-plaatsingen', v: r.sroiPlaatsingen },
    { k: 'Afspraakbanen (cumulatief, personen)', v: r.afspraakbanenCumulatief },
    { k: 'Afspraakbanen (banen van 25,5 uur)', v: r.afspraakbaanEenheden },
    { k: 'Afspraakbanen basisdatum', v: r.afspraakbanen.basisdatum },
    { k: 'Afspraakbanen beginstand (personen)', v: r.afspraakbanen.beginstand },
    { k: 'Afspraakbanen doel (personen)', v: r.afspraakbanen.doel },
    { k: 'Afspraakbanen doel (banen van 25,5 uur)', v: r.afspraakbanen.doelEenheden },
    { k: 'Afspraakbanen lopend op einddatum (personen)', v: r.afspraakbanenLopend.banen },
  ]);
  const sector = wb.addWorksheet('Per sector');
  sector.columns = [
    { header: 'Sector (SBI)', key: 'sector', width: 16 },
    { header: 'Plaatsingen', key: 'plaatsingen', width: 14 },
  ];
  sector.addRows(r.perSector);
  const arr = wb.addWorksheet('Per arrangement');
  arr.columns = [
    { header: 'Arrangement', key: 'naam', width: 40 },
    { header: 'Plaatsen', key: 'plaatsen', width: 10 },
    { header: 'Plaatsingen in periode', key: 'plaatsingen', width: 22 },
    { header: 'Bezet', key: 'bezet', width: 10 },
  ];
  arr.addRows(r.perArrangement);
  for (const ws of [totalen, sector, arr]) ws.getRow(1).font = { bold: true };
  return wb;
}
