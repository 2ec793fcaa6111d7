// The browser-safe part of @wiz/contracts: value rules and enums, no Node built-ins. The portaal validates forms
// with these, so a rule (the elfproef, a postcode, a real calendar date) lives in one place for API and browser.
export * from './values/bsn';
export * from './values/kvk-nummer';
export * from './values/gemeentecode';
export * from './values/postcode';
export * from './values/adres-contact';
export * from './values/money';
export * from './values/dates';
export * from './values/dagrekening';
export * from './values/enums';
export * from './values/organisatie';
export * from './values/esf-deelnemer';
export * from './values/kostensoort';
export * from './values/regeling-code';
export * from './values/plaatsing-einde';
export * from './values/uitsluitingsreden';
export * from './values/uren';
export * from './values/paginering';
export * from './values/rollen';
