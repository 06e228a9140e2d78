/**
 * The menu (DESIGN.md « Menu sections »), one micro-frontend per section. A section with a
 * `remote` is rendered by that micro-frontend, loaded at run time from the manifest; the
 * others are not built yet and show a placeholder.
 */
export interface Section {
  path: string;
  label: string;
  /** Manifest name of the micro-frontend and the module it exposes. */
  remote?: { name: string; module: string };
}

export const SECTIONS: readonly Section[] = [
  { path: "/", label: "Accueil" },
  { path: "/actions", label: "Actions de formation", remote: { name: "actions", module: "ActionsPage" } },
  { path: "/ouverture", label: "Ouverture" },
  { path: "/inscription", label: "Inscription" },
  { path: "/realisations", label: "Suivi des réalisations" },
  { path: "/facturation", label: "Validation / Facturation" },
  { path: "/fermeture", label: "Fermeture" },
  { path: "/region", label: "Espace Région" },
];
