import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Route } from '../domain/aanmelding.types';

@Entity('aanmeldingen')
export class AanmeldingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'inwoner_id' }) inwonerId!: string;
  @Column('text') kanaal!: string;
  @Column('text') status!: string;
  @Column('text') organisatie!: string;
  @Column('text') gemeentecode!: string;
  @Column('jsonb') route!: Route;
  @Column('jsonb') situatie!: Record<string, unknown>;
  @Column('text') hulpvraag!: string;
  @Column('text', { name: 'geregistreerd_door' }) geregistreerdDoor!: string;
  @Column('text', { name: 'geregistreerd_door_organisatie' }) geregistreerdDoorOrganisatie!: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
