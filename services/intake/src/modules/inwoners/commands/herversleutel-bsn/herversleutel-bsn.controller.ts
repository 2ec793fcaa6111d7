import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { BsnVault } from '../../identity/bsn-vault';
import { Herversleuteling } from './herversleutel-bsn.response';

const BATCH = 500;

/**
 * Key rotation, second half: after a new key is made active, beheer calls this until `resterend` is 0; each call
 * re-encrypts a batch of BSNs still under an older key. Old keys can then be removed from the configuration.
 */
@ApiTags('beheer')
@Controller('bsn-herversleutelingen')
export class HerversleutelBsnController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  @Roles('beheer')
  @Operation({
    id: 'herversleutelBsn',
    summary: 'Re-encrypt a batch of BSNs that are still under an older key',
    status: 200,
    response: Herversleuteling,
  })
  herversleutel(@CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (manager) => {
      const actief = this.vault.activeKeyId;
      const rows: { id: string; bsn_versleuteld: Buffer; bsn_sleutel_id: string }[] = await manager.query(
        `SELECT id, bsn_versleuteld, bsn_sleutel_id FROM inwoners WHERE bsn_sleutel_id <> $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [actief],
      );
      for (const row of rows) {
        const bsn = this.vault.decrypt({ sleutelId: row.bsn_sleutel_id, versleuteld: row.bsn_versleuteld }, row.id);
        const nieuw = this.vault.encrypt(bsn, row.id);
        await manager.query('UPDATE inwoners SET bsn_versleuteld = $2, bsn_sleutel_id = $3 WHERE id = $1', [
          row.id,
          nieuw.versleuteld,
          nieuw.sleutelId,
        ]);
      }
      await this.audit.schrijf(
        manager,
        wie,
        'bsn-herversleutelen',
        rows.map((r) => r.id),
        'sleutelrotatie',
      );
      const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM inwoners WHERE bsn_sleutel_id <> $1', [
        actief,
      ]);
      return { herversleuteld: rows.length, resterend: n };
    });
  }
}
