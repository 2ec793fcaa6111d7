import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, kalenderdag } from '@wiz/contracts';
import { Operation, RawOperation, Roles } from '@wiz/platform';
import { RapportageQuery } from './rapportage.query';
import { werkboek } from './rapportage-werkboek';
import { WerkgeversRapportage } from './rapportage.response';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const vandaag = () => kalenderdag(new Date());
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
  @Operation({
    id: 'getRapportage',
    summary: 'Placements, SROI placements and afspraakbanen for a period (default: this year so far)',
    status: 200,
    response: WerkgeversRapportage,
  })
  get(@Query() p: PeriodeVraag) {
    return this.rapportage.voor(p.van, p.tot);
  }

  @Get('export')
  @Roles('werkgeversteam', 'beheer', 'monitor')
  @Header('Content-Type', XLSX)
  @RawOperation({
    id: 'exportRapportage',
    summary: 'The same figures as an Excel workbook',
    status: 200,
    produces: [XLSX],
    responseDescription: 'XLSX with sheets Totalen, Per sector, Per arrangement',
  })
  async export(@Query() p: PeriodeVraag): Promise<StreamableFile> {
    const r = await this.rapportage.voor(p.van, p.tot);
    const buffer = await werkboek(r).xlsx.writeBuffer();
    return new StreamableFile(Buffer.from(buffer), {
      disposition: `attachment; filename="rapportage-${r.van}-${r.tot}.xlsx"`,
    });
  }
}
