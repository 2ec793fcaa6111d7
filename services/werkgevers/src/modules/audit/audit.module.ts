import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';

/** One audit trail for every module of the service. */
@Global()
@Module({ providers: [AuditLog], exports: [AuditLog] })
export class AuditModule {}
