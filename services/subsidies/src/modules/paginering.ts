import { z } from 'zod';

/** Paging of every list in this service, the same words as the other services use (pagina 1 is the first page). */
export const PagineringSchema = z.object({
  pagina: z.coerce.number().int().min(1).default(1),
  paginagrootte: z.coerce.number().int().min(1).max(200).default(50),
});

export type Paginering = z.infer<typeof PagineringSchema>;

/** LIMIT and OFFSET for a page, to append to a query's parameters. */
export const limietEnBegin = (p: Paginering): [number, number] => [p.paginagrootte, (p.pagina - 1) * p.paginagrootte];

/** The answer of a list: the page's items and what a client needs to page on. */
export const pagina = <T>(items: T[], p: Paginering, totaal: number) => ({
  items,
  pagina: p.pagina,
  paginagrootte: p.paginagrootte,
  totaal,
});
