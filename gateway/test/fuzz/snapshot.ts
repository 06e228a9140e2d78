import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * What legitimately changes on a refused call or by itself: login throttling, the relays'
 * bookkeeping (e-mail outbox, real-start propagation retries), finance's poll watermark and the
 * dashboards' copy of catalogue's action dimensions (refreshed in the background by execution and
 * finance, whatever the fuzzer sends).
 */
const VOLATILE = new Set([
  "compte.echecs_connexion",
  "compte.verrouille_jusqua",
  "outbox.envoye_le",
  "propagation_date_reelle.appliquee_le",
  "propagation_date_reelle.tentatives",
  "propagation_date_reelle.prochain_essai_le",
  "propagation_date_reelle.derniere_erreur",
  "propagation_date_reelle.refusee_le",
]);
const VOLATILE_TABLES = new Set(["synchro", "indicateur_action"]);

/** A fingerprint of every row of every table of the three embedded databases. */
export function snapshot(dataDir: string): string {
  const hash = createHash("sha256");
  for (const service of ["catalogue", "execution", "finance"]) {
    const file = path.join(dataDir, `${service}.sqlite`);
    if (!existsSync(file)) continue;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
      for (const { name } of tables.filter((t) => !VOLATILE_TABLES.has(t.name))) {
        const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[])
          .map((c) => c.name)
          .filter((c) => !VOLATILE.has(`${name}.${c}`));
        if (columns.length === 0) continue;
        const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${name}" ORDER BY 1`).raw().all();
        hash.update(`${service}.${name}:${JSON.stringify(rows)}\n`);
      }
    } finally {
      db.close();
    }
  }
  return hash.digest("hex");
}
