import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Principal, Roles, problemException } from '@wiz/platform';
import { SroiVerplichtingInvoerSchema } from '../domain';

class NieuweVerplichting extends createZodDto(SroiVerplichtingInvoerSchema) {}

/** Records SROI obligations of suppliers (owned by the recording organisation); their progress is read in queries/. */
@ApiTags('sroi')
@Controller('sroi-verplichtingen')
export class SroiVerplichtingenController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record an SROI obligation (contract value, percentage, period)' })
  @ApiCreatedResponse({ description: '{ id }' })
  async maak(@Body() v: NieuweVerplichting, @CurrentPrincipal() wie: Principal) {
    const [werkgever] = await this.db.query('SELECT 1 FROM werkgevers WHERE id = $1', [v.werkgeverId]);
    if (!werkgever)
      throw problemException(400, 'Unknown reference.', {
        errors: [{ field: 'werkgeverId', message: 'no such werkgever' }],
      });
    const id = randomUUID();
    await this.db.query(
      'INSERT INTO sroi_verplichtingen (id, werkgever_id, opdracht, opdrachtwaarde_centen, percentage, startdatum, einddatum, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [id, v.werkgeverId, v.opdracht, v.opdrachtwaardeCenten, v.percentage, v.startdatum, v.einddatum, wie.organisatie],
    );
    return { id };
  }
}
