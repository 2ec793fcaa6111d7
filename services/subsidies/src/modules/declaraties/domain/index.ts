// Pure rules for compiling a subsidy claim (declaratie): which cost lines are in, why others are out, the money
// and the ESF+ indicators.
export * from './regeling';
export * from './kostenregel';
export * from './deelnemer';
export * from './deelnemersverloop';
export * from './esf-resultaten';
export * from './ingediend';
export * from './uitsluitingsreden';
export * from './beoordeling';
export * from './indicatoren';
export * from './declaratie-resultaat';
export * from './declaratie-accumulator';
export * from './stel-declaratie-samen';
export * from './declaratie-aanvraag';
export * from './declaratie-fouten';
export * from './indiening';
