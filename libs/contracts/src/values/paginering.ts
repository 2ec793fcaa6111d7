import { z } from 'zod';

/** The largest page any list answers, whatever a client asks for. */
export const PAGINAGROOTTE_MAX = 200;

/**
 * The paging query parameters of every list in every service (pagina 1 is the first page). Spread into a list's
 * query schema: `z.object({ ...paginering(50), status: … })`; the default size is the list's own.
 */
export function paginering(standaardGrootte = 50) {
  return {
    pagina: z.coerce.number().int().min(1).default(1),
    paginagrootte: z.coerce.number().int().min(1).max(PAGINAGROOTTE_MAX).default(standaardGrootte),
  };
}

export interface Paginering {
  pagina: number;
  paginagrootte: number;
}

/** How many rows come before the page (SQL OFFSET). */
export const overslaan = (p: Paginering): number => (p.pagina - 1) * p.paginagrootte;

/** LIMIT and OFFSET of a page, to append to a query's parameters. */
export const limietEnBegin = (p: Paginering): [number, number] => [p.paginagrootte, overslaan(p)];

/** The answer of a list: the page's items and what a client needs to page on. */
export function pagina<T>(items: T[], p: Paginering, totaal: number) {
  return { items, pagina: p.pagina, paginagrootte: p.paginagrootte, totaal };
}

/** The response schema of a list whose items have this schema (for @Operation and the OpenAPI documents). */
export function paginaSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    pagina: z.number().int().min(1),
    paginagrootte: z.number().int().min(1),
    totaal: z.number().int().min(0),
  });
}
