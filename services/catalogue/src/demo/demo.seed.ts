import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { Action } from "../action/action.entity.js";
import { Compte } from "../compte/compte.entity.js";
import { hashPassword } from "../compte/password.js";
import { Composante } from "../composante/composante.entity.js";
import { PeriodePrevue } from "../composante/periode.entity.js";
import { Prestation } from "../composante/prestation.entity.js";
import { Marche } from "../marche/marche.entity.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { SiteRealisation } from "../organisme/site.entity.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts.js";
import { ACTIONS, COMPOSANTES, MARCHES, ORGANISMES, PERIODES, PRESTATIONS, SITES } from "./demo-offre.js";
import { seedDemoSession } from "./demo-session.js";

/**
 * Demo offer from the seeds (004: OR5159's test lot; 003: GR237's HSTA lot; 001: the résumé) and
 * demo accounts. Idempotent: reference rows are upserted by id, except the dates that a
 * validated date request may have moved, and the published session is written once.
 */
export async function seedCatalogue(db: DataSource): Promise<void> {
  const missing = [];
  for (const account of DEMO_ACCOUNTS) {
    if (!(await db.getRepository(Compte).existsBy({ identifiant: account.identifiant }))) missing.push(account);
  }
  const hashed = await Promise.all(missing.map(async (a) => ({ ...a, motDePasse: await hashPassword(DEMO_PASSWORD) })));
  await db.transaction(async (tx) => {
    await tx.getRepository(Organisme).upsert(ORGANISMES, ["id"]);
    await tx.getRepository(SiteRealisation).upsert(SITES, ["id"]);
    await tx.getRepository(Marche).upsert(MARCHES, ["id"]);
    await upsertKeeping(tx, Action, ACTIONS, ["dateDebutPrevue", "dateFinPrevue"]);
    await upsertKeeping(tx, Composante, COMPOSANTES, ["dateDebut", "dateFin"]);
    await tx.getRepository(Prestation).upsert(PRESTATIONS, ["id"]);
    await tx.getRepository(PeriodePrevue).upsert(PERIODES, ["id"]);
    await seedDemoSession(tx);
    for (const account of hashed) {
      await tx.getRepository(Compte).insert({ ...account, echecsConnexion: 0, verrouilleJusqua: null });
    }
  });
}

/** Inserts missing rows; refreshes existing ones except the `keep` fields. */
async function upsertKeeping<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, rows: ({ id: number } & Partial<T>)[], keep: (keyof T)[]): Promise<void> {
  const repository = tx.getRepository(entity);
  for (const row of rows) {
    if (!(await repository.existsBy({ id: row.id } as never))) {
      await repository.insert(row as never);
      continue;
    }
    const changes = Object.fromEntries(Object.entries(row).filter(([key]) => key !== "id" && !keep.includes(key as keyof T)));
    await repository.update(row.id, changes as never);
  }
}
