import { DEMO } from "@sigma/kit/demo/demo-ids";
import { RoleCompte } from "../compte/role.enum.js";

/** The demo accounts of the embedded default (never created in production). Password: sigma-demo. */
export const DEMO_PASSWORD = "sigma-demo";

export const DEMO_ACCOUNTS = [
  { identifiant: "OR5159", email: "contact@organisme-test-prf23.example", role: RoleCompte.ORGANISME, organismeId: DEMO.organismes.OR5159 },
  { identifiant: "GR237", email: "formation@greta-hg.example", role: RoleCompte.ORGANISME, organismeId: DEMO.organismes.GR237 },
  { identifiant: "REGION", email: "instructeur@region.example", role: RoleCompte.REGION, organismeId: null },
  { identifiant: "CARIF", email: "flux@carif-oref.example", role: RoleCompte.CARIF, organismeId: null },
] as const;
