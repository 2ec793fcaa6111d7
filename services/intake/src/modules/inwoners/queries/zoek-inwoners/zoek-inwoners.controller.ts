import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { BsnSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { BsnVault } from '../../identity/bsn-vault';
import { zichtbaarVoor } from '../../database/zichtbaarheid';

/** Either a BSN, or a surname with a birth date: never a mix, so a search is always one of the two. */
const ZoekvraagSchema = z
  .object({ bsn: BsnSchema.optional(), achternaam: z.string().trim().min(1).max(200).optional(), geboortedatum: IsoDateSchema.optional() })
  .strict()
  .superRefine((v, ctx) => {
    const opNaam = v.achternaam !== undefined || v.geboortedatum !== undefined;
    if ((v.bsn !== undefined) === opNaam) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'give either bsn, or achternaam with geboortedatum' });
    } else if (opNaam) {
      for (const veld of ['achternaam', 'geboortedatum'] as const) {
        if (v[veld] === undefined) ctx.addIssue({ code: 'custom', path: [veld], message: `required with ${veld === 'achternaam' ? 'geboortedatum' : 'achternaam'}` });
      }
    }
  });

class Zoekvraag extends createZodDto(ZoekvraagSchema) {}

/**
 * Front office looks a person up by BSN (through the lookup hash, never in a URL: hence POST) or by surname and
 * birth date, within what its organisation may see. Every inwoner in the answer is an audited read.
 */
@ApiTags('inwoners')
@Controller('inwoners')
export class ZoekInwonersController {
  constructor(private readonly transactions: TransactionRunner, private readonly vault: BsnVault, private readonly audit: AuditLog) {}

  @Post('_zoek')
  @HttpCode(200)
  @Roles('frontoffice', 'beheer')
  @ApiOperation({ summary: 'Find inwoners by BSN or by surname + birth date' })
  @ApiOkResponse({ description: '{ items: [{ id, voornaam, achternaam, geboortedatum, gemeentecode }] }' })
  zoek(@Body() vraag: Zoekvraag, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (manager) => {
      const criterium =
        vraag.bsn !== undefined
          ? { sql: 'i.bsn_hash = $1', params: [this.vault.lookupHash(vraag.bsn)] }
          : { sql: 'lower(i.achternaam) = lower($1) AND i.geboortedatum = $2', params: [vraag.achternaam, vraag.geboortedatum] };
      const scope = zichtbaarVoor(wie, criterium.params.length + 1);
      const rows: { id: string; voornaam: string; achternaam: string; geboortedatum: string; gemeentecode: string }[] = await manager.query(
        `SELECT i.id, i.voornaam, i.achternaam, to_char(i.geboortedatum, 'YYYY-MM-DD') AS geboortedatum, i.gemeentecode
           FROM inwoners i WHERE ${criterium.sql} AND ${scope.sql} ORDER BY i.achternaam, i.voornaam LIMIT 50`,
        [...criterium.params, ...scope.params],
      );
      await this.audit.schrijf(manager, wie, 'zoeken', rows.map((r) => r.id), 'zoeken-inwoner');
      return { items: rows };
    });
  }
}
