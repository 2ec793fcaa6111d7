import { NavLink, Outlet, useNavigate } from 'react-router';
import { heeftRol, ROL_NAMEN } from '../auth/claims';
import { useSessie } from '../auth/session';
import type { Menu } from '../navigatie';

/** The frame of every signed-in page: skip link, header with the user's menu, and the main region. */
export function Indeling({ menu }: { menu: readonly Menu[] }) {
  const { sessie, afmelden } = useSessie();
  const navigate = useNavigate();
  const zichtbaar = menu.filter((m) =>
    m.zonderBeheer ? !!sessie?.rollen.some((r) => m.rollen.includes(r)) : heeftRol(sessie, m.rollen),
  );
  return (
    <>
      <a className="overslaan" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="kop">
        <div className="kop-balk">
          <NavLink to="/" className="merk">
            Werk in Zicht
          </NavLink>
          {sessie && (
            <div className="gebruiker">
              <span>
                {sessie.rollen.map((r) => ROL_NAMEN[r]).join(', ')} · {sessie.organisatie}
              </span>
              <button
                type="button"
                className="knop knop-licht"
                onClick={() => {
                  afmelden();
                  void navigate('/inloggen');
                }}
              >
                Uitloggen
              </button>
            </div>
          )}
        </div>
        {zichtbaar.length > 0 && (
          <nav aria-label="Hoofdmenu">
            <ul>
              {zichtbaar.map((m) => (
                <li key={m.pad}>
                  <NavLink to={m.pad} end={m.alleenDezePagina}>
                    {m.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
