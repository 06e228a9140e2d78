import { day, type ActionModel } from "../dataset.js";
import type { SubgraphName, TableSpec } from "../table.js";
import { actionTable } from "./catalogue.js";

/**
 * Execution's and finance's copy of catalogue's action dimensions (`indicateur_action`, see
 * DimensionAction): what DimensionSync would copy through the gateway, written with the facts
 * so that a generated dataset's dashboards are filterable from the start.
 */
export function dimensionTable(database: SubgraphName): TableSpec<ActionModel, ActionModel> {
  return {
    table: "indicateur_action",
    database,
    idColumn: "action_id",
    columns: ["action_id", "organisme_id", "annee_programmation", "dispositif", "departement", "date_debut_prevue", "date_fin_prevue", "heures_contractualisees"],
    parent: actionTable,
    count: () => 1,
    make: (_dataset, action) => action!,
    values: (a) => [a.id, a.organismeId, a.annee, a.dimensions.dispositif, a.dimensions.departement, day(a.debut), day(a.fin), a.dimensions.heuresContractualisees],
  };
}
