import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { Roles } from '@wiz/platform';
import { RapportageQuery } from './rapportage.query';
import { werkboek } from './rapportage-werkboek';

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
