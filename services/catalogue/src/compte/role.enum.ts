import type { Role } from "@sigma/kit/auth/caller";
import { registerEnumType } from "type-graphql";

export enum RoleCompte {
  ORGANISME = "ORGANISME",
  REGION = "REGION",
  CARIF = "CARIF",
  SERVICE = "SERVICE",
}

// Keeps the GraphQL enum and the kit's role union in step at compile time.
const _sameRoles: Record<Role, RoleCompte> = RoleCompte;
void _sameRoles;

registerEnumType(RoleCompte, {
  name: "RoleCompte",
  description: "Rôle d'un compte.",
  valuesConfig: {
    ORGANISME: { description: "Organisme de formation : ses propres actions seulement." },
    REGION: { description: "Instructeur / gestionnaire de la Région : lit tout, valide, paie." },
    CARIF: { description: "Consommateur des flux de l'offre publiée (lecture seule, aucune donnée personnelle)." },
    SERVICE: { description: "Compte technique d'un sous-graphe (lectures inter-services)." },
  },
});
