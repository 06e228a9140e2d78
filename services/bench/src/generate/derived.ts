import type { Sink } from "./sink.js";
import type { SubgraphName } from "./table.js";

const HEURES_MOIS = `SELECT action_id, mois, MIN(organisme_id), SUM(realisees_centre), SUM(realisees_entreprise) FROM realisation GROUP BY action_id, mois`;
const COLONNES = "(action_id, mois, organisme_id, realisees_centre, realisees_entreprise)";

/**
 * Summary tables the subgraphs keep in step with their rows as they write them (execution's
 * `realisation_mois`, HeuresMois), rebuilt from the generated rows after generation: the
 * generator writes rows straight into the tables, so no write path maintains them. Idempotent.
 */
export async function deriveSummaries(sinks: Record<SubgraphName, Sink>): Promise<void> {
  await sinks.execution.derive([
    {
      mysql: `INSERT INTO realisation_mois ${COLONNES} ${HEURES_MOIS}
              ON DUPLICATE KEY UPDATE organisme_id = VALUES(organisme_id), realisees_centre = VALUES(realisees_centre), realisees_entreprise = VALUES(realisees_entreprise)`,
      sqlite: `INSERT OR REPLACE INTO realisation_mois ${COLONNES} ${HEURES_MOIS}`,
    },
  ]);
}
