import { useQuery } from "@apollo/client/react";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import type { ReactNode } from "react";
import { Link, NavLink, Outlet } from "react-router";
import { moiQuery } from "../features/auth/api/moi";
import { CompteConnecte } from "../features/auth/components/compte-connecte";
import { sectionsDuRole } from "../features/menu/lib/menu";
import { NotificationArea } from "../features/notifications/components/notification-area";

/** The connected application: header, the role's menu, notifications and the current section. */
export function Layout() {
  const { data, error } = useQuery(moiQuery);
  const moi = data?.moi;
  return (
    <div className="sigma-app">
      <LienEvitement />
      <EnTete>
        <CompteConnecte moi={moi} />
      </EnTete>
      {moi ? (
        <>
          <nav className="sigma-menu" aria-label="Menu principal">
            <ul>
              {sectionsDuRole(moi.role).map((section) => (
                <li key={section.path}>
                  <NavLink to={section.path} end={section.path === "/"}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <NotificationArea role={moi.role} />
        </>
      ) : null}
      <main id="contenu" className="sigma-contenu" tabIndex={-1}>
        {moi ? <Outlet context={moi} /> : error ? <Erreur error={error} /> : <Chargement>Chargement de votre compte…</Chargement>}
      </main>
      <PiedDePage />
    </div>
  );
}

/** Identification, mot de passe oublié and réinitialisation: no menu. */
export function PublicLayout() {
  return (
    <div className="sigma-app">
      <LienEvitement />
      <EnTete />
      <main id="contenu" className="sigma-contenu" tabIndex={-1}>
        <Outlet />
      </main>
      <PiedDePage />
    </div>
  );
}

/** The brand and, when someone is connected, who. */
export function EnTete({ children }: { children?: ReactNode }) {
  return (
    <header className="sigma-entete">
      <div className="sigma-entete__corps">
        <div className="sigma-marque-bloc">
          <span className="sigma-drapeau" aria-hidden="true" />
          <div>
            <p className="sigma-marque">
              <Link to="/">SIGMA-graph</Link>
            </p>
            <p className="sigma-sous-titre">Système d'information et de gestion des marchés de la formation professionnelle</p>
          </div>
        </div>
        {children}
      </div>
    </header>
  );
}

function LienEvitement() {
  return (
    <a className="sigma-evitement" href="#contenu">
      Aller au contenu
    </a>
  );
}

function PiedDePage() {
  return (
    <footer className="sigma-pied">
      <p>SIGMA-graph — exécution des actions de formation financées par la Région.</p>
    </footer>
  );
}
