import { NavLink } from 'react-router';

/** The privacy officer's two views, as tabs: one navigation, the current one marked (aria-current by NavLink). */
export function Onderdelen() {
  return (
    <nav aria-label="Onderdelen" className="onderdelen">
      <NavLink to="/privacy/inzage">Inzage in persoonsgegevens</NavLink>
      <NavLink to="/privacy/ongebruikelijk">Ongebruikelijk lezen</NavLink>
    </nav>
  );
}
