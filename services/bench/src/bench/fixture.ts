import { DEMO } from "@sigma/kit/demo/demo-ids";
import { Dataset } from "../generate/dataset.js";
import { deriveSummaries } from "../generate/derived.js";
import { generate } from "../generate/generator.js";
import { PER_ORGANISME, TABLES } from "../generate/tables/index.js";
import { openSinks, type Target } from "../generate/target.js";

/** Rows the benchmark adds to the demo data: OR5159 ends with SMALL actions, GR237 with LARGE. */
export const SMALL = 2;
export const LARGE = 200;

/**
 * Loads, into the migrated databases of a stopped stack, the extra actions (with their suivi,
 * trainees and invoices) that make OR5159 hold 2 actions and GR237 200 — through the data
 * generator's own tables and sinks, so the fixture stays what the generator writes.
 */
export async function loadFixture(target: Target, seed = 7): Promise<void> {
  const extraSmall = SMALL - 1; // the demo gives each of them one action already
  const dataset = new Dataset({
    seed,
    scale: { organismes: 2, actions: extraSmall + LARGE - 1, sessions: 0, stagiaires: 4 * (LARGE + SMALL), heuresMensuelles: 0, factures: 3 * (LARGE + SMALL) },
    organismeOf: (index) => (index < extraSmall ? DEMO.organismes.OR5159 : DEMO.organismes.GR237),
  });
  const sinks = await openSinks(target);
  try {
    // The dimension copies are left to DimensionSync (it copies the demo's actions with the others).
    await generate(dataset, TABLES.filter((spec) => !PER_ORGANISME.has(spec.table) && spec.table !== "indicateur_action"), sinks);
    await deriveSummaries(sinks);
  } finally {
    await Promise.all(Object.values(sinks).map((sink) => sink.close()));
  }
}
