import { z } from 'zod';

/** The paging query parameters of a list (as in the NL API Design Rules' style of the other services' lists). */
export function paginering(standaardGrootte: number) {
  return {
    pagina: z.coerce.number().int().min(1).default(1),
    paginagrootte: z.coerce.number().int().min(1).max(200).default(standaardGrootte),
  };
}

export function overslaan(vraag: { pagina: number; paginagrootte: number }): number {
  return (vraag.pagina - 1) * vraag.paginagrootte;
}
