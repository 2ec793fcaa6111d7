import type { Kanaal, Uitkering } from '@wiz/contracts';

export interface Situatie {
  uitkering: Uitkering;
  werkend: boolean;
  zzp: boolean;
  arbeidsbeperking: boolean;
  statushouder: boolean;
  startkwalificatie: boolean;
  /** The participatieladder rung at intake (1 isolated … 6 paid work), when known. */
  participatieladder?: number;
}

export interface NieuweAanmelding {
  kanaal: Kanaal;
  inwoner: {
    bsn?: string;
    voornaam: string;
    achternaam: string;
    geboortedatum: string;
    postcode: string;
    huisnummer: string;
    gemeentecode: string;
    email?: string;
    telefoon?: string;
    geslacht?: string;
  };
  situatie: Situatie;
  hulpvraag: string;
  hulpvraagSoort?: string;
}
