import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ContractvormSchema, IsoDateSchema, PlaatsingGerealiseerd } from '@wiz/contracts';
import {
  CurrentPrincipal,
  FieldError,
  Idempotent,
  Outbox,
  Principal,
  Roles,
  TransactionRunner,
  problemException,
} from '@wiz/platform';
import { SroiDoelgroepSchema } from '../../sroi/domain';
import { sroiDoelgroepBijStart } from '../../sroi/database/uitkeringssituaties';
import { urenPerWeek } from '../uren';

const PlaatsingSchema = z
  .object({
    trajectId: z.uuid(),
    werkgeverId: z.uuid(),
    vacatureId: z.uuid().optional(),
    arrangementId: z.uuid().optional(),
    startdatum: IsoDateSchema,
    urenPerWeek,
    contractvorm: ContractvormSchema,
    afspraakbaan: z.boolean().default(false),
    sroiVerplichtingId: z.uuid().optional(),
    // Optional (the contract leaves it out): without it the doelgroep is derived from intake's data, else unconfirmed.
    sroiDoelgroep: SroiDoelgroepSchema.optional(),
  })
  .strict();
class NieuwePlaatsing extends createZodDto(PlaatsingSchema) {}

/**
 * A placement of a known traject with a known employer, announced once (plaatsing-gerealiseerd through the
 * outbox). The same traject, employer and start date is the same placement: a retry without Idempotency-Key
 * gets 409 with the existing id rather than a second placement and a second event. The werkgeversservicepunt
 * places people from every organisation's trajecten in Matchen; the placing organisation is recorded, because it
 * and the traject's organisation (and nobody else) read and change the placement afterwards.
 */
@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class RegistreerPlaatsingController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
  ) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record a placement in work; publishes plaatsing-gerealiseerd' })
  @ApiCreatedResponse({
    description:
      '{ id, sroiDoelgroep?, sroiDoelgroepStatus? (bevestigd | afgeleid | onbevestigd; with an SROI obligation) }',
  })
  registreer(@Body() p: NieuwePlaatsing, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const kandidaat = await this.controleerVerwijzingen(m, p);
      const id = randomUUID();
      const sroi = p.sroiVerplichtingId
        ? await sroiDoelgroepBijStart(m, kandidaat.inwoner_id, p.startdatum, p.sroiDoelgroep)
        : { doelgroep: p.sroiDoelgroep ?? null, status: null };
      const inserted: unknown[] = await m.query(
        `INSERT INTO plaatsingen (id, traject_id, inwoner_id, werkgever_id, vacature_id, arrangement_id, sroi_verplichting_id, sroi_doelgroep,
                                  sroi_doelgroep_status, startdatum, uren_per_week, contractvorm, afspraakbaan, organisatie)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (traject_id, werkgever_id, startdatum) DO NOTHING RETURNING id`,
        [
          id,
          p.trajectId,
          kandidaat.inwoner_id,
          p.werkgeverId,
          p.vacatureId ?? null,
          p.arrangementId ?? null,
          p.sroiVerplichtingId ?? null,
          sroi.doelgroep,
          sroi.status,
          p.startdatum,
          p.urenPerWeek,
          p.contractvorm,
          p.afspraakbaan,
          wie.organisatie,
        ],
      );
      if (inserted.length === 0) {
        const [bestaand] = await m.query(
          'SELECT id FROM plaatsingen WHERE traject_id = $1 AND werkgever_id = $2 AND startdatum = $3',
          [p.trajectId, p.werkgeverId, p.startdatum],
        );
        throw problemException(409, 'This placement was recorded already.', { bestaandId: bestaand.id });
      }
      await this.outbox.add(
        m,
        PlaatsingGerealiseerd,
        {
          plaatsingId: id,
          trajectId: p.trajectId,
          inwonerId: kandidaat.inwoner_id,
          werkgeverId: p.werkgeverId,
          ...(p.vacatureId ? { vacatureId: p.vacatureId } : {}),
          startdatum: p.startdatum,
          urenPerWeek: p.urenPerWeek,
          contractvorm: p.contractvorm,
          afspraakbaan: p.afspraakbaan,
          ...(p.sroiVerplichtingId ? { sroiVerplichtingId: p.sroiVerplichtingId } : {}),
        },
        { subject: id },
      );
      return {
        id,
        ...(p.sroiVerplichtingId ? { sroiDoelgroep: sroi.doelgroep, sroiDoelgroepStatus: sroi.status } : {}),
      };
    });
  }

  /** Every reference must exist (and belong to this employer): otherwise 400 naming each bad field. */
  private async controleerVerwijzingen(
    m: EntityManager,
    p: z.infer<typeof PlaatsingSchema>,
  ): Promise<{ inwoner_id: string }> {
    const [[kandidaat], [werkgever], vacature, arrangement, sroi] = await Promise.all([
      m.query('SELECT inwoner_id FROM kandidaten WHERE traject_id = $1', [p.trajectId]),
      m.query('SELECT 1 FROM werkgevers WHERE id = $1', [p.werkgeverId]),
      p.vacatureId
        ? m.query('SELECT 1 FROM vacatures WHERE id = $1 AND werkgever_id = $2', [p.vacatureId, p.werkgeverId])
        : [1],
      p.arrangementId ? m.query('SELECT 1 FROM arrangementen WHERE id = $1', [p.arrangementId]) : [1],
      p.sroiVerplichtingId
        ? m.query('SELECT 1 FROM sroi_verplichtingen WHERE id = $1 AND werkgever_id = $2', [
            p.sroiVerplichtingId,
            p.werkgeverId,
          ])
        : [1],
    ]);
    const errors: FieldError[] = [];
    if (!kandidaat) errors.push({ field: 'trajectId', message: 'no such traject is known' });
    if (!werkgever) errors.push({ field: 'werkgeverId', message: 'no such werkgever' });
    if (vacature.length === 0) errors.push({ field: 'vacatureId', message: 'no such vacature at this werkgever' });
    if (arrangement.length === 0) errors.push({ field: 'arrangementId', message: 'no such arrangement' });
    if (sroi.length === 0)
      errors.push({ field: 'sroiVerplichtingId', message: 'no such SROI obligation of this werkgever' });
    if (errors.length)
      throw problemException(
        400,
        `The request has ${errors.length} unknown reference${errors.length === 1 ? '' : 's'}.`,
        { errors },
      );
    return kandidaat;
  }
}
