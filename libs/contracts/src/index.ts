// Public surface of @wiz/contracts: shared value types, the event envelope, every event definition
// and the catalog builders. Only zod is imported, so any service (or script) can depend on it.

export * from './values/bsn';
export * from './values/kvk-nummer';
export * from './values/gemeentecode';
export * from './values/postcode';
export * from './values/adres-contact';
export * from './values/money';
export * from './values/dates';
export * from './values/dagrekening';
export * from './values/enums';
export * from './values/esf-deelnemer';
export * from './values/afspraakbanen';
export * from './values/streefwaarde-keuze';
export * from './values/organisatie';
export * from './values/uuid';
export * from './values/kostensoort';
export * from './values/regeling-code';
export * from './values/plaatsing-einde';
export * from './values/uitsluitingsreden';
export * from './values/uren';
export * from './values/paginering';
export * from './values/rollen';

export * from './errors/domain-error';

export * from './envelope';

export * from './events/define-event';
export * from './events/invalid-event-error';
export * from './events/parse-event';
export * from './events/intake';
export * from './events/trajecten';
export * from './events/werkgevers';
export * from './events/subsidies';
export * from './events/catalog';
export * from './events/examples';

export * from './catalog/json-schema';
export * from './catalog/event-consumers';
export * from './catalog/asyncapi-document';
export * from './catalog/catalog-markdown';
export * from './values/iso-duration';
