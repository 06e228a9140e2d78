import type { RoleCompte } from "../gql/graphql";

/**
 * The menu (DESIGN.md « Menu sections »), one micro-frontend per section, each shown to the
 * roles whose work it is. The menu is a convenience: the graph refuses by itself what a role may
 * not read or write.
 */
export interface Section {
  path: string;
  label: string;
  /** Manifest name of the micro-frontend and the module it exposes. */
  remote: { name: string; module: string };
  roles: readonly RoleCompte[];
}

const TOUS: readonly RoleCompte[] = ["ORGANISME", "REGION", "CARIF"];
const OF: readonly RoleCompte[] = ["ORGANISME"];

export const SECTIONS: readonly Section[] = [
  { path: "/", label: "Accueil", remote: { name: "accueil", module: "AccueilPage" }, roles: TOUS },
  { path: "/actions", label: "Actions de formation", remote: { name: "actions", module: "ActionsPage" }, roles: TOUS },
  { path: "/ouverture", label: "Ouverture", remote: { name: "ouverture", module: "OuverturePage" }, roles: OF },
  { path: "/inscription", label: "Inscription", remote: { name: "inscription", module: "InscriptionPage" }, roles: OF },
  { path: "/suivi", label: "Suivi des réalisations", remote: { name: "suivi", module: "SuiviPage" }, roles: OF },
  { path: "/facturation", label: "Validation / Facturation", remote: { name: "facturation", module: "FacturationPage" }, roles: OF },
  { path: "/fermeture", label: "Fermeture", remote: { name: "fermeture", module: "FermeturePage" }, roles: OF },
  { path: "/region", label: "Espace Région", remote: { name: "region", module: "RegionPage" }, roles: ["REGION"] },
];
