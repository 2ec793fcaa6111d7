import { useState } from 'react';
import { Pagina } from '../../../components/pagina';
import { IntakeFormulier } from './intake-formulier';
import { Registratie, RouteResultaat } from './route-resultaat';

/** /intake: the form, and after registering the route; "Nieuwe aanmelding" starts again with an empty form. */
export function IntakePagina() {
  const [registratie, setRegistratie] = useState<Registratie>();
  return registratie ? (
    <Pagina titel="Aanmelding geregistreerd">
      <RouteResultaat registratie={registratie} onNieuw={() => setRegistratie(undefined)} />
    </Pagina>
  ) : (
    <Pagina titel="Nieuwe aanmelding">
      <IntakeFormulier onGeregistreerd={setRegistratie} />
    </Pagina>
  );
}
