import type { RouteObject } from 'react-router';
import type { Menu } from '../../navigatie';
import { Werklijst } from './werklijst';
import { TrajectPagina } from './traject-pagina';
import { Duurzaamheidscheck } from './duurzaamheidscheck';
import { MijnCaseload, TeamCaseload } from './caseload';
import { Overdrachten } from './overdrachten';
import './consulent.css';

/** Consultant and team lead: caseloads, worklist, traject page, follow-ups, handovers and the duurzaamheidscheck. */
export const consulentMenu: Menu[] = [
  { pad: '/caseload', label: 'Mijn caseload', rollen: ['consulent', 'teamleider'] },
  { pad: '/caseload/team', label: 'Team', rollen: ['consulent', 'teamleider'] },
  // GET /trajecten is the consulent's (the organisation's list); a team lead works from the caseloads
  { pad: '/werklijst', label: 'Werklijst', rollen: ['consulent'] },
  { pad: '/overdrachten', label: 'Overdrachten', rollen: ['consulent', 'teamleider'] },
];
export const consulentRoutes: RouteObject[] = [
  { path: '/caseload', element: <MijnCaseload /> },
  { path: '/caseload/team', element: <TeamCaseload /> },
  { path: '/werklijst', element: <Werklijst /> },
  { path: '/overdrachten', element: <Overdrachten /> },
  { path: '/trajecten/:id', element: <TrajectPagina /> },
  { path: '/opvolgingen/:id', element: <Duurzaamheidscheck /> },
];
