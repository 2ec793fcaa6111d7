import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Personal data stays in intake; other services know an inwoner only by id. */
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
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
