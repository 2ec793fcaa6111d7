import { ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { ConfigLaden, SessieProvider, useSessie } from './auth/session';
import { Inloggen, InloggenDigidTerug, InloggenTerug, STARTPAGINA } from './auth/inloggen';
import { Indeling } from './components/indeling';
import { Pagina } from './components/pagina';
import { frontofficeMenu, frontofficeRoutes } from './pages/frontoffice';
import { consulentMenu, consulentRoutes } from './pages/consulent';
import { werkgeversMenu, werkgeversRoutes } from './pages/werkgevers';
import { financienMenu, financienRoutes } from './pages/financien';
import { dashboardMenu, dashboardRoutes } from './pages/dashboard';
import { rapportagesMenu, rapportagesRoutes } from './pages/rapportages';
import { beheerMenu, beheerRoutes } from './pages/beheer';
import { teamleiderMenu, teamleiderRoutes } from './pages/teamleider';
import { privacyMenu, privacyRoutes } from './pages/privacy';
import { mijnMenu, mijnRoutes } from './pages/mijn';
import { verifieerRoutes } from './pages/verifieer';

const MENU = [
  ...frontofficeMenu,
  ...consulentMenu,
  ...werkgeversMenu,
  ...financienMenu,
  ...dashboardMenu,
  ...rapportagesMenu,
  ...teamleiderMenu,
  ...privacyMenu,
  ...beheerMenu,
  ...mijnMenu,
];

/** Pages behind the login: without a session the user goes to the login page first. */
function Ingelogd({ children }: { children: ReactNode }) {
  const { config, sessie } = useSessie();
  if (!config) return <ConfigLaden />;
  if (!sessie) return <Navigate to="/inloggen" replace />;
  return children;
}

function Start() {
  const { sessie } = useSessie();
  return sessie?.rollen[0] ? (
    <Navigate to={STARTPAGINA[sessie.rollen[0]]} replace />
  ) : (
    <Navigate to="/inloggen" replace />
  );
}

function NietGevonden() {
  return (
    <Pagina titel="Pagina niet gevonden">
      <p>Deze pagina bestaat niet. Kies een onderdeel in het menu.</p>
    </Pagina>
  );
}

const router = createBrowserRouter([
  {
    element: <Indeling menu={MENU} />,
    children: [
      { path: '/inloggen', element: <Inloggen /> },
      { path: '/inloggen/terug', element: <InloggenTerug /> },
      { path: '/inloggen/digid', element: <InloggenDigidTerug /> },
      // Public: an employer checks a credential without an account.
      ...verifieerRoutes,
      {
        element: (
          <Ingelogd>
            <Outlet />
          </Ingelogd>
        ),
        children: [
          { index: true, element: <Start /> },
          ...frontofficeRoutes,
          ...consulentRoutes,
          ...werkgeversRoutes,
          ...financienRoutes,
          ...dashboardRoutes,
          ...rapportagesRoutes,
          ...teamleiderRoutes,
          ...privacyRoutes,
          ...beheerRoutes,
          ...mijnRoutes,
          { path: '*', element: <NietGevonden /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <SessieProvider>
      <RouterProvider router={router} />
    </SessieProvider>
  );
}
