// Pure rules for cost lines: what a valid line is, staff time in cents, and reading import rows.
export * from './kostensoort';
export * from './regeling-code';
export * from './uren';
export * from './kostenregel-invoer';
export * from './import-rij';
export * from './import-kop';
export * from './valideer-import';
