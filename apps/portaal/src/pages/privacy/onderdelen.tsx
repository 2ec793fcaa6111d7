import { NavLink } from 'react-router';

/** The privacy officer's views, as tabs: one navigation, the current one marked (aria-current by NavLink). */
export function Onderdelen() {
  return (
    <nav aria-label="Onderdelen" className="onderdelen">
      <NavLink to="/privacy/inzage">Inzage in persoonsgegevens</NavLink>
      <NavLink to="/privacy/ongebruikelijk">Ongebruikelijk lezen</NavLink>
      <NavLink to="/privacy/rechtenverzoeken">Vragen van inwoners</NavLink>
    </nav>
  );
}
