import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@sigma/kit/config/env";
import { Dataset } from "./dataset.js";
import { deriveSummaries } from "./derived.js";
import { generate } from "./generator.js";
import { scaled } from "./scale.js";
import { TABLES } from "./tables/index.js";
import { describeTarget, isMigrated, migrate, openSinks, type Target } from "./target.js";

/**
 * `pnpm --filter @sigma/bench generate [--mysql] [--scale 0.02] [--seed 2026] [--prefix sigma_gen_] [--data-dir .data/generated]`
 * Fills a stack's databases with the "Occitanie × 10" dataset at a scale factor; run it again
 * after an interruption and it resumes after the last committed chunk of each table.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mysql: { type: "boolean", default: false },
      scale: { type: "string", default: "0.01" },
      seed: { type: "string", default: "2026" },
      prefix: { type: "string", default: "sigma_gen_" },
      "data-dir": { type: "string", default: path.join(repoRoot, ".data", "generated") },
      "chunk-rows": { type: "string", default: "20000" },
    },
  });
  const target: Target = values.mysql ? { kind: "mysql", prefix: values.prefix } : { kind: "sqlite", dataDir: path.resolve(values["data-dir"]) };
  const scale = scaled(Number(values.scale));
  const dataset = new Dataset({ seed: Number(values.seed), scale });
  process.stdout.write(`Jeu « Occitanie × 10 » × ${values.scale} (graine ${values.seed}) → ${describeTarget(target)}\n${JSON.stringify(scale)}\n`);
  const started = Date.now();
  if (!(await isMigrated(target))) {
    process.stdout.write("Bases absentes : migrations (démarrage de la pile une fois)…\n");
    await migrate(target);
  }
  const sinks = await openSinks(target);
  try {
    const reports = await generate(dataset, TABLES, sinks, { chunkRows: Number(values["chunk-rows"]) });
    const derivedStarted = Date.now();
    await deriveSummaries(sinks);
    process.stdout.write(`Tables de synthèse (realisation_mois) : ${((Date.now() - derivedStarted) / 1000).toFixed(1)} s\n`);
    const total = reports.reduce((sum, r) => sum + r.inserted, 0);
    const seconds = (Date.now() - started) / 1000;
    for (const r of reports) {
      process.stdout.write(
        `${`${r.database}.${r.table}`.padEnd(24)} ${String(r.inserted).padStart(9)} lignes  ${r.seconds.toFixed(1).padStart(6)} s  ${Math.round(r.rowsPerSecond).toString().padStart(7)} lignes/s${r.skipped ? `  (${r.skipped} déjà là)` : ""}\n`,
      );
    }
    process.stdout.write(`Total : ${total} lignes en ${seconds.toFixed(1)} s (migrations comprises), ${Math.round(total / seconds)} lignes/s\n`);
    process.stdout.write(`${JSON.stringify({ scale: Number(values.scale), seed: Number(values.seed), target: describeTarget(target), reports, total, seconds })}\n`);
  } finally {
    await Promise.all(Object.values(sinks).map((sink) => sink.close()));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Échec : ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
