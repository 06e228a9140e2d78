import type { AnyTableSpec } from "../table.js";
import { actionTable, organismeTable } from "./catalogue.js";
import { actionSuiviTable, stagiaireTable } from "./execution.js";
import { factureTable } from "./finance.js";

/**
 * Every generated table, parents before children. Today's tables; the domains add theirs here
 * as their migrations land (catalogue: session under action; execution: heures mensuelles under
 * stagiaire, ~10 months per trainee = 6 000 000 rows; finance: lignes de facture…).
 */
export const TABLES: AnyTableSpec[] = [organismeTable, actionTable, actionSuiviTable, stagiaireTable, factureTable];
