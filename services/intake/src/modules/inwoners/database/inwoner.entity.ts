import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Personal data stays in intake; other services know an inwoner only by id. The BSN is never stored in clear. */
@Entity('inwoners')
export class InwonerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') voornaam!: string;
  @Column('text') achternaam!: string;
  @Column('date') geboortedatum!: string;
  @Column('text') postcode!: string;
  @Column('text') huisnummer!: string;
  @Column('text') gemeentecode!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) telefoon!: string | null;
  @Column('text', { nullable: true }) geslacht!: string | null;
  @Column('bytea', { name: 'bsn_hash', nullable: true }) bsnHash!: Buffer | null;
  @Column('bytea', { name: 'bsn_versleuteld', nullable: true }) bsnVersleuteld!: Buffer | null;
  @Column('text', { name: 'bsn_sleutel_id', nullable: true }) bsnSleutelId!: string | null;
  @Column('text', { name: 'dubbel_sleutel' }) dubbelSleutel!: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
