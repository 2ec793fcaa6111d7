import { Body, ConflictException, Controller, NotFoundException, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ToestemmingDoelSchema, ToestemmingGewijzigd } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Outbox, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { zichtbareAanmeldingen } from '../../database/zichtbaarheid';
import { geeftGedeeldeGegevens } from '../../domain/identiteit';
import { Toestemming } from './wijzig-toestemming.response';

class ToestemmingRequest extends createZodDto(z.object({ gegeven: z.boolean() }).strict()) {}
const DoelParam = ToestemmingDoelSchema;

/**
 * Records or withdraws an inwoner's consent for one purpose. The current state is one row per purpose; every
 * change is kept in the history and announced (toestemming-gewijzigd) so werkgevers hides a profile at once.
 * Setting the state it already has changes nothing and announces nothing. Only an organisation that sees the inwoner
 * through an aanmelding with a confirmed identity may change it: one that knows the person only through aanmeldingen
 * whose name or birth date differed from the identity held for the BSN gets 409 until beheer confirms one.
 */
@ApiTags('inwoners')
@Controller('inwoners')
export class WijzigToestemmingController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  @Put(':inwonerId/toestemmingen/:doel')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'wijzigToestemming',
    summary: "Record or withdraw an inwoner's consent for a purpose",
    status: 200,
    response: Toestemming,
    errors: {
      404: 'No inwoner with this id that the caller may see, or an unknown purpose.',
      409: "The identity in the caller's aanmeldingen of this inwoner is being checked by beheer.",
    },
  })
  wijzig(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Param('doel') doelText: string,
    @Body() body: ToestemmingRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    const doel = DoelParam.safeParse(doelText);
    if (!doel.success) throw new NotFoundException(`Unknown consent purpose ${doelText}.`);
    return this.transactions.run(async (manager) => {
      const aanmeldingen = await zichtbareAanmeldingen(manager, wie, [inwonerId]);
      if (aanmeldingen.length === 0) throw new NotFoundException(`Inwoner ${inwonerId} not found.`);
      if (!aanmeldingen.some((a) => geeftGedeeldeGegevens(a.controle))) {
        throw new ConflictException(
          'The identity in your aanmeldingen of this inwoner differs from the one held for the BSN and is being checked by beheer; consent can be recorded once it is confirmed.',
        );
      }
      await manager.query('SELECT 1 FROM inwoners WHERE id = $1 FOR UPDATE', [inwonerId]);
      const [huidig] = await manager.query(
        'SELECT gegeven, gewijzigd_op FROM toestemmingen WHERE inwoner_id = $1 AND doel = $2',
        [inwonerId, doel.data],
      );
      if (huidig && huidig.gegeven === body.gegeven)
        return { doel: doel.data, gegeven: huidig.gegeven, gewijzigdOp: huidig.gewijzigd_op.toISOString() };
      const nu = new Date();
      await manager.query(
        `INSERT INTO toestemmingen (inwoner_id, doel, gegeven, gewijzigd_op, gewijzigd_door, gewijzigd_door_organisatie) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (inwoner_id, doel) DO UPDATE SET gegeven = excluded.gegeven, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door,
                                                      gewijzigd_door_organisatie = excluded.gewijzigd_door_organisatie`,
        [inwonerId, doel.data, body.gegeven, nu, wie.subject, wie.organisatie],
      );
      await manager.query(
        'INSERT INTO toestemming_wijzigingen (inwoner_id, doel, gegeven, gewijzigd_op, gewijzigd_door, gewijzigd_door_organisatie) VALUES ($1, $2, $3, $4, $5, $6)',
        [inwonerId, doel.data, body.gegeven, nu, wie.subject, wie.organisatie],
      );
      await this.outbox.add(
        manager,
        ToestemmingGewijzigd,
        { inwonerId, doel: doel.data, gegeven: body.gegeven, gewijzigdOp: nu.toISOString() },
        { subject: inwonerId },
      );
      await this.audit.schrijf(manager, wie, 'toestemming-wijzigen', [inwonerId], 'toestemming-vastleggen');
      return { doel: doel.data, gegeven: body.gegeven, gewijzigdOp: nu.toISOString() };
    });
  }
}
