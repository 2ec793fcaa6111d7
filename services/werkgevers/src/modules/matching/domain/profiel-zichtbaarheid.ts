/**
 * The consent gate for candidate profiles, in one place so no screen or export can apply a weaker rule:
 * an employer team sees a profile only when the person consented AND the consultant released it.
 * Anything but an explicit `true` counts as no.
 */
export function magProfielZien(gate: { toestemming: boolean; vrijgegeven: boolean }): boolean {
  return gate.toestemming === true && gate.vrijgegeven === true;
}
