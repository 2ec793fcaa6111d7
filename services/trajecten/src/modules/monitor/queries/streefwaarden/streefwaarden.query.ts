import { Injectable } from '@nestjs/common';
import { StreefwaardenRepository } from '../../database/streefwaarden-repository';

/** The history of targets and starting balances as beheer sees it. */
@Injectable()
export class StreefwaardenQuery {
  constructor(private readonly streefwaarden: StreefwaardenRepository) {}

  /** Every one ever set, newest first. */
  async lijst() {
    return { items: await this.streefwaarden.alle() };
  }
}
