import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { RouteringsUitkomst } from '../../routering/domain';

/**
 * One aanmelding with the person data as it captured them: its organisation sees the inwoner through these. An
 * anonymous one has only a chosen name (voornaam) and contact data until the person is identified.
 */
@Entity('aanmeldingen')
export class AanmeldingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'inwoner_id' }) inwonerId!: string;
  @Column('text') kanaal!: string;
  @Column('text') status!: string;
  @Column('text') organisatie!: string;
  @Column('text') voornaam!: string;
  @Column('text', { nullable: true }) achternaam!: string | null;
  @Column('date', { nullable: true }) geboortedatum!: string | null;
  @Column('text', { nullable: true }) postcode!: string | null;
  @Column('text', { nullable: true }) huisnummer!: string | null;
  @Column('text') gemeentecode!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) telefoon!: string | null;
  @Column('text', { nullable: true }) geslacht!: string | null;
  @Column('jsonb') route!: Omit<RouteringsUitkomst, 'regel'>;
  @Column('integer', { name: 'routeringsversie', nullable: true }) routeringsversie!: number | null;
  @Column('text', { name: 'routeringsregel', nullable: true }) routeringsregel!: string | null;
  @Column('jsonb') situatie!: Record<string, unknown>;
  @Column('text') hulpvraag!: string;
  @Column('text', { name: 'hulpvraag_soort' }) hulpvraagSoort!: string;
  @Column('smallint', { nullable: true }) participatieladder!: number | null;
  @Column('text', { name: 'geregistreerd_door' }) geregistreerdDoor!: string;
  @Column('text', { name: 'geregistreerd_door_organisatie' }) geregistreerdDoorOrganisatie!: string;
  /** Registered without identity (issue 19); the person data is filled in at identification. */
  @Column('boolean') anoniem!: boolean;
  /** False while an anonymous aanmelding's aanmelding-afgerond waits for the identification. */
  @Column('boolean', { name: 'afgerond_gepubliceerd' }) afgerondGepubliceerd!: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
