import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createConnection } from "mysql2/promise";
import { repoRoot } from "@sigma/kit/config/env";
import { startProcess } from "@sigma/stack/processes";
import { deriveSummaries } from "./derived.js";
import { Dataset } from "./dataset.js";
import { scaled } from "./scale.js";
import { walk, type AnyTableSpec } from "./table.js";
import { ID_BASE } from "./dataset.js";
import { actionTable, marcheTable, prestationTable } from "./tables/catalogue.js";
import { dimensionTable } from "./tables/dimension.js";
import { actionSuiviTable } from "./tables/execution.js";
import { MYSQL_URL, openSinks, SUBGRAPHS } from "./target.js";

/**
 * `node dist/generate/backfill.main.js --prefix sigma_perf10_ [--scale 1] [--seed 2026]`
 *
 * Completes, in place, a MariaDB dataset generated before the generator filled what the
 * dashboards filter on (issue 8): marchés (so dispositifs), the actions' marché, département,
 * lieu and planned effectif, their HC prestation (contracted hours), the opened actions' real
 * start, and execution's and finance's `indicateur_action` copies. Same seed and scale as the
 * generation: every row is rebuilt by the generator's own table specs and upserted (INSERT … ON
 * DUPLICATE KEY UPDATE), so running it twice changes nothing and the result is what a fresh
 * generation writes. Touches only these tables (~260 000 rows at full scale); the big ones
 * (trainees, hours, invoices) are not read: the actions' monthly hours (realisation_mois) are
 * filled from the trainee lines by execution's migration (`--synthese` rebuilds them again, for
 * lines generated after that migration ran). First brings the databases to this branch's migrations by
 * starting each subgraph once, alone, with no start deadline (the new indexes and summary
 * tables of 600 000 trainees and 6 000 000 lines take longer than a stack's 60 s start).
 * Ends by checking the copies against catalogue.
 */
const BACKFILLED: AnyTableSpec[] = [marcheTable, actionTable, prestationTable, actionSuiviTable, dimensionTable("execution"), dimensionTable("finance")];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { prefix: { type: "string" }, scale: { type: "string", default: "1" }, seed: { type: "string", default: "2026" }, synthese: { type: "boolean", default: false } } });
  if (!values.prefix) throw new Error("--prefix est obligatoire (ex. sigma_perf10_)");
  const prefix = values.prefix;
  const dataset = new Dataset({ seed: Number(values.seed), scale: scaled(Number(values.scale)) });
  const started = Date.now();
  await migrer(prefix);
  const sinks = await openSinks({ kind: "mysql", prefix });
  try {
    for (const spec of BACKFILLED) {
      const t0 = Date.now();
      let chunk: unknown[][] = [];
      let rows = 0;
      for (const row of walk(dataset, spec, ID_BASE)) {
        chunk.push(spec.values(row));
        if (chunk.length >= 20_000) {
          await sinks[spec.database].upsertChunk(spec.table, spec.idColumn, spec.columns, chunk);
          rows += chunk.length;
          chunk = [];
        }
      }
      if (chunk.length) await sinks[spec.database].upsertChunk(spec.table, spec.idColumn, spec.columns, chunk);
      rows += chunk.length;
      process.stdout.write(`${`${spec.database}.${spec.table}`.padEnd(30)} ${String(rows).padStart(8)} lignes  ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    if (values["synthese"]) {
      const t0 = Date.now();
      await deriveSummaries(sinks);
      process.stdout.write(`${"execution.realisation_mois".padEnd(30)} recalculée  ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await Promise.all(Object.values(sinks).map((sink) => sink.close()));
  }
  // The generated actions' copies must be what DimensionSync would copy from catalogue (its `dimensionsActions` query);
  // actions created since through the graph are DimensionSync's to copy.
  const db = await createConnection({ uri: MYSQL_URL });
  try {
    for (const copie of ["execution", "finance"]) {
      const [[row]] = (await db.query(
        `SELECT COUNT(*) AS n FROM \`${prefix}catalogue\`.action a LEFT JOIN \`${prefix}catalogue\`.marche m ON m.id = a.marche_id
           LEFT JOIN \`${prefix}${copie}\`.indicateur_action d ON d.action_id = a.id
          WHERE a.id BETWEEN ${ID_BASE + 1} AND ${ID_BASE + dataset.scale.actions} AND (d.action_id IS NULL OR d.organisme_id <> a.organisme_id OR d.annee_programmation <> a.annee_programmation
             OR d.dispositif <> COALESCE(m.dispositif, '') OR d.departement <> a.departement OR d.date_debut_prevue <> a.date_debut_prevue
             OR d.date_fin_prevue <> a.date_fin_prevue
             OR d.heures_contractualisees <> COALESCE((SELECT SUM(p.volume_total) FROM \`${prefix}catalogue\`.composante c JOIN \`${prefix}catalogue\`.prestation p ON p.composante_id = c.id
                                                         WHERE c.action_id = a.id AND p.type IN ('HC', 'HE')), 0))`,
      )) as unknown as [[{ n: number }]];
      process.stdout.write(`Copie ${copie}.indicateur_action : ${row.n} action(s) différente(s) de catalogue\n`);
      if (Number(row.n) !== 0) process.exitCode = 1;
    }
  } finally {
    await db.end();
  }
  process.stdout.write(`Terminé en ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Runs each subgraph's pending migrations: the subgraph started alone on these databases until it is ready, then stopped. */
async function migrer(prefix: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "sigma-backfill-"));
  try {
    for (const name of SUBGRAPHS) {
      const t0 = Date.now();
      const service = await startProcess(
        name,
        path.join(repoRoot, "services", name, "dist", "main.js"),
        {
          ...process.env, DATABASE_URL: MYSQL_URL, DATABASE_PREFIX: prefix, KEEP_DATABASE: "1", SIGMA_DATA_DIR: dataDir,
          SIGMA_GATEWAY_URL: "http://127.0.0.1:9/graphql", [`${name.toUpperCase()}_PORT`]: "0",
        },
        60 * 60_000,
      );
      await service.stop();
      process.stdout.write(`${`migrations ${name}`.padEnd(30)} ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Échec : ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
