import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { PlatformConfig } from '@wiz/platform';
import { RijWachtrij } from '../../rij-wachtrij';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../database/declaratie.repository.port';
import { DeclaratieSamensteller } from './declaratie-samensteller';

/** Large claims compile as jobs (job id `declaratie-<id>`); every claim still `in-bewerking` is queued again at start. */
@Injectable()
export class DeclaratieWachtrij extends RijWachtrij {
  constructor(
    config: PlatformConfig,
    logger: PinoLogger,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    private readonly samensteller: DeclaratieSamensteller,
  ) {
    super('declaratie', config, logger);
    logger.setContext('DeclaratieWachtrij');
  }

  protected open(): Promise<string[]> {
    return this.declaraties.inBewerking();
  }

  protected werk(id: string): Promise<void> {
    return this.samensteller.compileer(id);
  }
}
