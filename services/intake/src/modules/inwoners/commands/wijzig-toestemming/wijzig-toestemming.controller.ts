import { Body, Controller, NotFoundException, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ToestemmingDoelSchema, ToestemmingGewijzigd } from '@wiz/contracts';
import { CurrentPrincipal, Outbox, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { zichtbaarVoor } from '../../database/zichtbaarheid';

class ToestemmingRequest extends createZodDto(z.object({ gegeven: z.boolean() }).strict()) {}
const DoelParam = ToestemmingDoelSchema;

/**
 * Records or withdraws an inwoner's consent for one purpose. The current state is one row per purpose; every
 * change is kept in the history and announced (toestemming-gewijzigd) so werkgevers hides a profile at once.
 * Setting the state it already has changes nothing and announces nothing.
 */
@ApiTags('inwoners')
@Controller('inwoners')
export class WijzigToestemmingController {
  constructor(private readonly transactions: TransactionRunner, private readonly outbox: Outbox, private readonly audit: AuditLog) {}

  @Put(':inwonerId/toestemmingen/:doel')
  @Roles('frontoffice', 'beheer')
  @ApiOperation({ summary: "Record or withdraw an inwoner's consent for a purpose" })
  @ApiOkResponse({ description: '{ doel, gegeven, gewijzigdOp }' })
  wijzig(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Param('doel') doelText: string,
    @Body() body: ToestemmingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    const doel = DoelParam.safeParse(doelText);
    if (!doel.success) throw new NotFoundException(`Unknown consent purpose ${doelText}.`);
    return this.transactions.run(async (manager) => {
      const scope = zichtbaarVoor(wie, 2);
      const [zichtbaar] = await manager.query(`SELECT 1 FROM inwoners i WHERE i.id = $1 AND ${scope.sql} FOR UPDATE`, [inwonerId, ...scope.params]);
      if (!zichtbaar) throw new NotFoundException(`Inwoner ${inwonerId} not found.`);
      const [huidig] = await manager.query('SELECT gegeven, gewijzigd_op FROM toestemmingen WHERE inwoner_id = $1 AND doel = $2', [inwonerId, doel.data]);
      if (huidig && huidig.gegeven === body.gegeven) return { doel: doel.data, gegeven: huidig.gegeven, gewijzigdOp: huidig.gewijzigd_op.toISOString() };
      const nu = new Date();
      await manager.query(
        `INSERT INTO toestemmingen (inwoner_id, doel, gegeven, gewijzigd_op, gewijzigd_door) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (inwoner_id, doel) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door`,
        [inwonerId, doel.data, body.gegeven, nu, wie.subject],
      );
      await manager.query(
        'INSERT INTO toestemming_wijzigingen (inwoner_id, doel, gegeven, gewijzigd_op, gewijzigd_door) VALUES ($1, $2, $3, $4, $5)',
        [inwonerId, doel.data, body.gegeven, nu, wie.subject],
      );
      await this.outbox.add(manager, ToestemmingGewijzigd, { inwonerId, doel: doel.data, gegeven: body.gegeven, gewijzigdOp: nu.toISOString() }, { subject: inwonerId });
      await this.audit.schrijf(manager, wie, 'toestemming-wijzigen', [inwonerId], 'toestemming-vastleggen');
      return { doel: doel.data, gegeven: body.gegeven, gewijzigdOp: nu.toISOString() };
    });
  }
}
