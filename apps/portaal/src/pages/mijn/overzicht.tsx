import { Link } from 'react-router';
import { useSessie } from '../../auth/session';
import { Pagina } from '../../components/pagina';
import { MIJN_PAGINAS } from './paginas';

/** The inwoner's start: a greeting and a tile per page, large enough to tap on a phone. */
export function Overzicht() {
  const { sessie } = useSessie();
  return (
    <Pagina titel="Mijn Werk in Zicht">
      <p className="mijn-groet">Welkom{sessie?.naam ? `, ${sessie.naam}` : ''}. Wat wilt u doen?</p>
      <ul className="mijn-tegels">
        {MIJN_PAGINAS.filter((p) => p.pad !== '/mijn').map((p) => (
          <li key={p.pad}>
            <Link to={p.pad} className="mijn-tegel">
              <span className="mijn-tegel-titel">{p.label}</span>
              <span>{p.uitleg}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Pagina>
  );
}
