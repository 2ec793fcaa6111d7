import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Personal data stays in intake; other services know an inwoner only by id. The BSN is never stored in clear. */
@Entity('inwoners')
export class InwonerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') voornaam!: string;
  @Column('text', { nullable: true }) achternaam!: string | null;
  @Column('date', { nullable: true }) geboortedatum!: string | null;
  @Column('text', { nullable: true }) postcode!: string | null;
  @Column('text', { nullable: true }) huisnummer!: string | null;
  @Column('text') gemeentecode!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) telefoon!: string | null;
  @Column('text', { nullable: true }) geslacht!: string | null;
  @Column('bytea', { name: 'bsn_hash', nullable: true }) bsnHash!: Buffer | null;
  @Column('bytea', { name: 'bsn_versleuteld', nullable: true }) bsnVersleuteld!: Buffer | null;
  @Column('text', { name: 'bsn_sleutel_id', nullable: true }) bsnSleutelId!: string | null;
  @Column('text', { name: 'dubbel_sleutel', nullable: true }) dubbelSleutel!: string | null;
  /** Raised by every correction and merge: the ETag a correction names in If-Match. */
  @Column('integer') versie!: number;
  /** The record this one was merged into; it changes no more. */
  @Column('uuid', { name: 'samengevoegd_in', nullable: true }) samengevoegdIn!: string | null;
  @Column('timestamptz', { name: 'samengevoegd_op', nullable: true }) samengevoegdOp!: Date | null;
  /** Registered without identity at an orientation; surname, birth date and address follow at identification. */
  @Column('boolean') anoniem!: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
