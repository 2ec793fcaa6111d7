import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles, TransactionRunner } from '@wiz/platform';
import { AuditLog } from '../../../audit/audit-log';
import { BsnVault } from '../../identity/bsn-vault';
import { InwonerView, leesInwoner } from '../inwoner.view';
import { Inwoner } from './get-inwoner.response';

@ApiTags('inwoners')
@Controller('inwoners')
export class GetInwonerController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vault: BsnVault,
    private readonly audit: AuditLog,
  ) {}

  @Get(':inwonerId')
  @Roles('frontoffice', 'beheer')
  @Operation({
    id: 'getInwoner',
    summary: 'One inwoner with consents and aanmeldingen (audited read)',
    status: 200,
    response: Inwoner,
    errors: { 404: 'No inwoner with this id that the caller may see.' },
  })
  getInwoner(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @CurrentPrincipal() wie: Principal,
  ): Promise<InwonerView> {
    return this.transactions.run(async (manager) => {
      const inwoner = await leesInwoner(manager, this.vault, inwonerId, wie);
      if (!inwoner) throw new NotFoundException(`Inwoner ${inwonerId} not found.`);
      await this.audit.schrijf(manager, wie, 'inzage', [inwonerId], 'dienstverlening');
      return inwoner;
    });
  }
}
