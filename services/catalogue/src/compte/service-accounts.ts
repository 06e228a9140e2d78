import type { DataSource } from "typeorm";
import { Compte } from "./compte.entity.js";
import { hashPassword, verifyPassword } from "./password.js";
import { RoleCompte } from "./role.enum.js";

/** The subgraphs that read the graph with a service credential. */
export const SERVICE_ACCOUNTS = ["svc-execution", "svc-finance", "svc-catalogue"] as const;

/**
 * Service accounts exist wherever a service secret is configured (production included), and
 * follow it when it is rotated. They carry the SERVICE role: read-only, through the gateway.
 */
export async function ensureServiceAccounts(db: DataSource, secret: string | undefined): Promise<void> {
  if (!secret) return;
  for (const identifiant of SERVICE_ACCOUNTS) {
    const existing = await db.getRepository(Compte).findOneBy({ identifiant });
    if (existing && (await verifyPassword(secret, existing.motDePasse))) continue;
    const motDePasse = await hashPassword(secret);
    if (existing) {
      await db.getRepository(Compte).update(existing.id, { motDePasse });
    } else {
      await db.getRepository(Compte).insert({
        identifiant,
        email: `${identifiant}@services.sigma-graph.invalid`,
        motDePasse,
        role: RoleCompte.SERVICE,
        organismeId: null,
        echecsConnexion: 0,
        verrouilleJusqua: null,
      });
    }
  }
}
