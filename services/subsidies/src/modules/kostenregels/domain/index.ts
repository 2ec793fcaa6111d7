// Pure rules for cost lines: what a valid line is, staff time in cents, and reading import rows. The cost kinds
// and the regeling code pattern are shared with the portaal, so they live in @wiz/contracts.
export * from './personeelsuren';
export * from './kostenregel-invoer';
export * from './import-rij';
export * from './import-kop';
export * from './valideer-import';
export * from './regeling-toets';
