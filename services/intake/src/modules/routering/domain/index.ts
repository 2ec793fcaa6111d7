// Public surface of the routering domain: the rule table (schema and seeded default) and the routing engine.
export * from './hulpvraag-soort';
export * from './participatieladder';
export * from './situatie';
export * from './routerings-invoer';
export * from './voorwaarden';
export * from './route-regel';
export * from './regeling-regel';
export * from './regeltabel-controles';
export * from './regeltabel';
export * from './voldoet-aan';
export * from './regelingen';
export * from './regelingen-toelichting';
export * from './routeer';
export * from './regio-gemeenten';
export * from './standaard-routes';
export * from './standaard-routeregels';
export * from './standaard-regeltabel';
