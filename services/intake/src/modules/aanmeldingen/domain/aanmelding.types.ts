import type { Kanaal, Stap, RegelingCode, Uitkering } from '@wiz/contracts';

export interface Situatie {
  uitkering: Uitkering;
  werkend: boolean;
  zzp: boolean;
  arbeidsbeperking: boolean;
  statushouder: boolean;
  startkwalificatie: boolean;
}

export interface Route {
  stap: Stap;
  organisatie: string;
  dienst: string;
  regelingen: RegelingCode[];
  toelichting: string;
}

export interface NieuweAanmelding {
  kanaal: Kanaal;
  inwoner: { voornaam: string; achternaam: string; geboortedatum: string; postcode: string; huisnummer: string; gemeentecode: string };
  situatie: Situatie;
  hulpvraag: string;
}
