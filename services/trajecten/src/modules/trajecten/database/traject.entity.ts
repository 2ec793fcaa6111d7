import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StapPeriode, TrajectStatus } from '../domain/traject';

@Entity('trajecten')
export class TrajectEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'inwoner_id' }) inwonerId!: string;
  @Column('uuid', { name: 'aanmelding_id', unique: true }) aanmeldingId!: string;
  @Column('text') organisatie!: string;
  @Column('text') gemeentecode!: string;
  @Column('text') status!: TrajectStatus;
  @Column('text', { name: 'huidige_stap' }) huidigeStap!: string;
  @Column('jsonb') stappen!: StapPeriode[];
  @Column('integer') versie!: number;
  @Column('timestamptz', { name: 'gestart_op' }) gestartOp!: Date;
}
