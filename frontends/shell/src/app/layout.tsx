import type { ReactNode } from "react";
import { NavLink, Outlet } from "react-router";
import { SECTIONS } from "../config/sections";
import { CompteConnecte } from "../features/auth/components/compte-connecte";

/** Header, menu and the current section. */
export function Layout() {
  return (
    <div className="sigma-app">
      <EnTete>
        <CompteConnecte />
      </EnTete>
      <nav className="sigma-menu" aria-label="Menu principal">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <NavLink to={section.path} end={section.path === "/"}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main className="sigma-contenu">
        <Outlet />
      </main>
    </div>
  );
}

/** "SIGMA-graph" and, when someone is connected, who. */
export function EnTete({ children }: { children?: ReactNode }) {
  return (
    <header className="sigma-entete">
      <div>
        <p className="sigma-marque">SIGMA-graph</p>
        <p className="sigma-sous-titre">Gestion de l'exécution des actions de formation</p>
      </div>
      {children}
    </header>
  );
}
