import type { AnyTableSpec } from "../table.js";
import { actionTable, composanteTable, organismeTable, sessionTable, siteTable } from "./catalogue.js";
import { actionSuiviTable, realisationTable, stagiaireTable } from "./execution.js";
import { factureTable } from "./finance.js";

/**
 * Every generated table, parents before children: the offer (organismes with their site,
 * actions with one composante and their sessions), execution (suivi, trainees, their monthly
 * hours) and finance (invoices).
 */
export const TABLES: AnyTableSpec[] = [
  organismeTable, siteTable, actionTable, composanteTable, sessionTable,
  actionSuiviTable, stagiaireTable, realisationTable,
  factureTable,
];

/** Tables that hang under generated organismes (their ids are the organismes'): left out when actions go to existing organismes. */
export const PER_ORGANISME = new Set(["organisme", "site_realisation", "composante", "session"]);
