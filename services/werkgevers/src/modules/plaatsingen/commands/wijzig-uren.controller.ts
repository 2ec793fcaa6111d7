import { Body, ConflictException, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, PlaatsingUrenGewijzigd } from '@wiz/contracts';
import {
  assertReach,
  CurrentPrincipal,
  Idempotent,
  Outbox,
  Principal,
  Roles,
  TransactionRunner,
  problemException,
} from '@wiz/platform';
import { SCOPING } from '../../scoping';
import { PLAATSING_EIGENAARS } from '../database/plaatsing-eigenaars';
import { urenPerWeek } from '../uren';

class UrenWijziging extends createZodDto(z.object({ urenPerWeek, ingangsdatum: IsoDateSchema }).strict()) {}

/**
 * More (or fewer) hours for someone working: recorded with the hours in force before it and announced
 * (plaatsing-uren-gewijzigd), which the monitor counts as a step forward when the hours rise. The placement's hours
 * at its start stay what SROI and afspraakbanen count (one placement, valued once); this is the history beside it.
 */
@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class WijzigUrenController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
  ) {}

  @Post(':id/uren')
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Change the hours of a running placement from a date; publishes plaatsing-uren-gewijzigd' })
  @ApiCreatedResponse({ description: '{ id, plaatsingId, vorigeUrenPerWeek, urenPerWeek, ingangsdatum }' })
  wijzig(
    @Param('id', new ParseUUIDPipe()) plaatsingId: string,
    @Body() w: UrenWijziging,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.transactions.run(async (m) => {
      const [p] = await m.query(
        `SELECT p.traject_id, p.inwoner_id, to_char(p.startdatum, 'YYYY-MM-DD') AS startdatum, p.einddatum, ${PLAATSING_EIGENAARS} AS eigenaars,
                coalesce((SELECT u.uren_per_week FROM plaatsing_uren u WHERE u.plaatsing_id = p.id AND u.ingangsdatum <= $2
                           ORDER BY u.ingangsdatum DESC, u.gewijzigd_op DESC LIMIT 1), p.uren_per_week)::float AS vorige
           FROM plaatsingen p WHERE p.id = $1 FOR UPDATE OF p`,
        [plaatsingId, w.ingangsdatum],
      );
      assertReach(wie, SCOPING.plaatsing, 'write', p?.eigenaars, `Plaatsing ${plaatsingId}`);
      if (p.einddatum) throw new ConflictException('This placement has ended.');
      if (w.ingangsdatum < p.startdatum)
        throw problemException(400, 'The change starts before the placement.', {
          errors: [{ field: 'ingangsdatum', message: 'must not be before the startdatum' }],
        });
      if (w.urenPerWeek === p.vorige)
        throw problemException(400, 'These are the hours already.', {
          errors: [{ field: 'urenPerWeek', message: 'must differ from the hours in force at ingangsdatum' }],
        });
      const id = randomUUID();
      await m.query(
        'INSERT INTO plaatsing_uren (id, plaatsing_id, vorige_uren_per_week, uren_per_week, ingangsdatum, gewijzigd_door, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [id, plaatsingId, p.vorige, w.urenPerWeek, w.ingangsdatum, wie.subject, wie.organisatie],
      );
      const wijziging = {
        plaatsingId,
        vorigeUrenPerWeek: p.vorige,
        urenPerWeek: w.urenPerWeek,
        ingangsdatum: w.ingangsdatum,
      };
      await this.outbox.add(
        m,
        PlaatsingUrenGewijzigd,
        { ...wijziging, trajectId: p.traject_id, inwonerId: p.inwoner_id },
        { subject: plaatsingId },
      );
      return { id, ...wijziging };
    });
  }
}
