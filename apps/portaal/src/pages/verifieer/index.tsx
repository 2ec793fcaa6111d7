import type { RouteObject } from 'react-router';

/** The public check of a credential: no login, so an employer can open the link an inwoner sends them. */
export const verifieerRoutes: RouteObject[] = [
  { path: '/verifieer', lazy: async () => ({ Component: (await import('./verifieer')).Verifieer }) },
];
