import type { AnyTableSpec } from "../table.js";
import { actionTable, composanteTable, marcheTable, organismeTable, prestationTable, sessionTable, siteTable } from "./catalogue.js";
import { dimensionTable } from "./dimension.js";
import { actionSuiviTable, realisationTable, stagiaireTable } from "./execution.js";
import { factureTable } from "./finance.js";

/**
 * Every generated table, parents before children: the offer (organismes with their site and
 * marchés, actions with one composante, its HC prestation and their sessions), execution (suivi,
 * trainees, their monthly hours) and finance (invoices), each with its copy of the actions'
 * dimensions (`indicateur_action`).
 */
export const TABLES: AnyTableSpec[] = [
  organismeTable, siteTable, marcheTable, actionTable, composanteTable, prestationTable, sessionTable,
  actionSuiviTable, dimensionTable("execution"), stagiaireTable, realisationTable,
  dimensionTable("finance"), factureTable,
];

/** Tables that hang under generated organismes (their ids are the organismes'): left out when actions go to existing organismes. */
export const PER_ORGANISME = new Set(["organisme", "site_realisation", "marche", "composante", "prestation", "session"]);
