// Who consumes which event: exactly the @OnEvent handlers each service has. Code cannot derive
// this (consumers live in other packages), so it is kept here by hand next to the generator; the NATS
// permissions are derived from it (a service may read only what is listed for it), and
// libs/platform/test/nats-permissions.spec.ts checks it against every service's handlers.
export const EVENT_CONSUMERS: Readonly<Record<string, readonly string[]>> = {
  // subsidies too: its participant register needs the ESF+ entry attributes only this event carries (issue 6).
  // werkgevers too (issue 15): the SROI doelgroep of a placement comes from the benefit class and doelgroepregister.
  'wiz.intake.aanmelding-afgerond.v1': ['trajecten', 'werkgevers', 'subsidies'],
  'wiz.intake.toestemming-gewijzigd.v1': ['werkgevers'],
  'wiz.trajecten.traject-gestart.v1': ['werkgevers', 'subsidies'],
  'wiz.trajecten.stap-gezet.v1': ['werkgevers'],
  'wiz.trajecten.activiteit-afgerond.v1': ['subsidies'],
  'wiz.trajecten.traject-afgesloten.v1': ['werkgevers', 'subsidies'],
  'wiz.trajecten.duurzaamheid-vastgesteld.v1': ['subsidies'],
  'wiz.trajecten.streefwaarde-vastgesteld.v1': ['werkgevers'],
  'wiz.werkgevers.plaatsing-gerealiseerd.v1': ['trajecten', 'subsidies'],
  'wiz.werkgevers.plaatsing-beeindigd.v1': ['trajecten', 'subsidies'],
  'wiz.werkgevers.plaatsing-uren-gewijzigd.v1': ['trajecten', 'subsidies'],
  'wiz.subsidies.declaratie-ingediend.v1': [],
};

export function consumersOf(type: string): readonly string[] {
  return EVENT_CONSUMERS[type] ?? [];
}
