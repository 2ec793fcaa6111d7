import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { BsnSchema, IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { BsnVault } from '../../identity/bsn-vault';
import {
  aanmeldingZichtbaarVoor,
  inwonerZichtbaarVoor,
  ZichtbareAanmelding,
  zichtbareAanmeldingen,
} from '../../database/zichtbaarheid';
import { weergaveAanmelding } from '../../domain/identiteit';
import { GevondenInwoners } from './zoek-inwoners.response';

/** Either a BSN, or a surname with a birth date: never a mix, so a search is always one of the two. */
const ZoekvraagSchema = z
  .object({
    bsn: BsnSchema.optional(),
    achternaam: z.string().trim().min(1).max(200).optional(),
    geboortedatum: IsoDateSchema.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const opNaam = v.achternaam !== undefined || v.geboortedatum !== undefined;
    if ((v.bsn !== undefined) === opNaam) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], message: 'give either bsn, or achternaam with geboortedatum' });
    } else if (opNaam) {
      for (const veld of ['achternaam', 'geboortedatum'] as const) {
        if (v[veld] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [veld],
            message: `required with ${veld === 'achternaam' ? 'geboortedatum' : 'achternaam'}`,
          });
      }
    }
  });

class Zoekvraag extends createZodDto(ZoekvraagSchema) {}

/**
 * Front office looks a person up by BSN (through the lookup hash, never in a URL: hence POST) or by surname and
 * birth date, within what its organisation may see, and answers with what its own visible aanmeldingen captured.
 * Every inwoner in the answer is an audited read.
 */
@ApiTags('inwoners')
@Controller('inwoners')
export class ZoekInwonersController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    private readonly audit: AuditLog,
  ) {}

  @Post('_zoek')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'zoekInwoners',
    summary: 'Find inwoners by BSN or by surname + birth date',
    status: 200,
    response: GevondenInwoners,
  })
  zoek(@Body() vraag: Zoekvraag, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (manager) => {
      // By name: what the caller's own visible aanmeldingen captured, so a search cannot test names against what
      // another organisation holds about an inwoner the caller shares.
      const criterium =
        vraag.bsn !== undefined
          ? { sql: 'SELECT i.id FROM inwoners i WHERE i.bsn_hash = $1', params: [this.vault.lookupHash(vraag.bsn)] }
          : {
              sql: 'SELECT a.inwoner_id FROM aanmeldingen a WHERE lower(a.achternaam) = lower($1) AND a.geboortedatum = $2',
              params: [vraag.achternaam, vraag.geboortedatum],
            };
      const scope =
        vraag.bsn !== undefined ? inwonerZichtbaarVoor(wie, 'i.id', 2) : aanmeldingZichtbaarVoor(wie, 'a', 3);
      const ids: { id: string }[] = await manager.query(
        `SELECT DISTINCT id FROM (${criterium.sql} AND ${scope.sql}) AS gevonden(id) LIMIT 50`,
        [...criterium.params, ...scope.params],
      );
      const perInwoner = new Map<string, ZichtbareAanmelding[]>();
      for (const a of await zichtbareAanmeldingen(
        manager,
        wie,
        ids.map((r) => r.id),
      ))
        perInwoner.set(a.inwonerId, [...(perInwoner.get(a.inwonerId) ?? []), a]);
      const items = [...perInwoner].map(([id, aanmeldingen]) => {
        const { voornaam, achternaam, geboortedatum, gemeentecode } = weergaveAanmelding(aanmeldingen).gegevens;
        return { id, voornaam, achternaam, geboortedatum, gemeentecode };
      });
      items.sort(
        (a, b) => a.achternaam.localeCompare(b.achternaam, 'nl') || a.voornaam.localeCompare(b.voornaam, 'nl'),
      );
      await this.audit.schrijf(
        manager,
        wie,
        'zoeken',
        items.map((r) => r.id),
        'zoeken-inwoner',
      );
      return { items };
    });
  }
}
