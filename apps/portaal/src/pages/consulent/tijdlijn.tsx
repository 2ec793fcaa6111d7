import { STAPPEN } from '@wiz/contracts/browser';
import { alsDatum } from '../../components/opmaak';
import type { StapPeriode, Traject } from './api';
import { STAP_NAMEN } from './namen';

function Periode({ p }: { p: StapPeriode }) {
  return <li>{p.tot ? `van ${alsDatum(p.van)} tot ${alsDatum(p.tot)}` : `sinds ${alsDatum(p.van)}`}</li>;
}

/**
 * The five steps in their order, each with the periods the person spent in it (a person may go back or skip).
 * The current step says so in words and with aria-current, not by colour alone.
 */
export function Tijdlijn({ traject }: { traject: Traject }) {
  return (
    <ol className="tijdlijn" aria-label="Stappen van het traject">
      {STAPPEN.map((stap) => {
        const perioden = traject.stappen.filter((p) => p.stap === stap);
        const huidig = traject.status === 'actief' && traject.huidigeStap === stap;
        return (
          <li
            key={stap}
            className={huidig ? 'tijdlijn-huidig' : perioden.length ? 'tijdlijn-geweest' : undefined}
            aria-current={huidig ? 'step' : undefined}
          >
            <span className="tijdlijn-stap">{STAP_NAMEN[stap]}</span>
            {huidig && <span className="label label-gelukt">Huidige stap</span>}
            {perioden.length > 0 ? (
              <ul className="tijdlijn-perioden">
                {perioden.map((p) => (
                  <Periode key={p.van} p={p} />
                ))}
              </ul>
            ) : (
              <p className="hint">Nog niet in deze stap geweest</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
