import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { PlatformConfig } from '@wiz/platform';
import { RijWachtrij } from '../../rij-wachtrij';
import { DeclaratieSamensteller } from './declaratie-samensteller';

/** Large claims compile as jobs (job id `declaratie-<id>`); every claim still `in-bewerking` is queued again at start. */
@Injectable()
export class DeclaratieWachtrij extends RijWachtrij {
  constructor(
    config: PlatformConfig,
    logger: PinoLogger,
    private readonly dataSource: DataSource,
    private readonly samensteller: DeclaratieSamensteller,
  ) {
    super('declaratie', config, logger);
    logger.setContext('DeclaratieWachtrij');
  }

  protected async open(): Promise<string[]> {
    return (await this.dataSource.query(`SELECT id FROM declaraties WHERE status = 'in-bewerking'`)).map(
      (d: { id: string }) => d.id,
    );
  }

  protected werk(id: string): Promise<void> {
    return this.samensteller.compileer(id);
  }
}
