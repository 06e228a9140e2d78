import path from "node:path";
import { intFromEnv, repoRoot, stringFromEnv } from "@sigma/kit/config/env";

/** Finance's settings, parsed and checked once at start. */
export interface FinanceConfig {
  /** Advance rate, basis points of the contract amount (500 = 5 %, the minimum of the Code de la commande publique). */
  tauxAvance: number;
  /** Thresholds of the three acomptes, percent. */
  seuils: [number, number, number];
  /** Largest signed PDF accepted, bytes. */
  pdfMaxOctets: number;
  /** Largest total a signed PDF's compressed streams may inflate to, bytes (a « zip bomb » is refused). */
  pdfMaxDecompresse: number;
  /** Where signed PDFs are stored (content-addressed). */
  fichiersDir: string;
  /** How often newly opened actions are polled for their advance invoice, ms (0 = never). */
  avanceIntervalleMs: number;
  /** The buyer printed on invoices and in Factur-X (Chorus Pro needs its SIRET). */
  region: { nom: string; siret: string };
}

export function financeConfig(env: NodeJS.ProcessEnv = process.env): FinanceConfig {
  const seuils = stringFromEnv("FINANCE_SEUILS_ACOMPTES", "30,60,80", env).split(",").map(Number);
  if (seuils.length !== 3 || !seuils.every((s, i) => Number.isInteger(s) && s > 0 && s <= 100 && (i === 0 || s > seuils[i - 1]!))) {
    throw new Error("FINANCE_SEUILS_ACOMPTES doit donner trois pourcentages croissants (ex. 30,60,80)");
  }
  const tauxAvance = intFromEnv("FINANCE_TAUX_AVANCE_POINTS_DE_BASE", 500, env);
  if (tauxAvance > 10_000) throw new Error("FINANCE_TAUX_AVANCE_POINTS_DE_BASE doit être compris entre 0 et 10000");
  if (!/^\d{14}$/.test(stringFromEnv("FINANCE_REGION_SIRET", "00000000000000", env))) throw new Error("FINANCE_REGION_SIRET doit compter 14 chiffres");
  const dataDir = stringFromEnv("SIGMA_DATA_DIR", path.join(repoRoot, ".data"), env);
  return {
    tauxAvance,
    seuils: seuils as [number, number, number],
    pdfMaxOctets: intFromEnv("FINANCE_PDF_MAX_OCTETS", 5_000_000, env),
    pdfMaxDecompresse: intFromEnv("FINANCE_PDF_MAX_DECOMPRESSE", 50_000_000, env),
    fichiersDir: stringFromEnv("FINANCE_FICHIERS_DIR", path.join(dataDir, "finance-fichiers"), env),
    avanceIntervalleMs: intFromEnv("FINANCE_AVANCE_INTERVALLE_MS", 60_000, env),
    region: {
      nom: stringFromEnv("FINANCE_REGION_NOM", "Région (acheteur public)", env),
      // Demo value: set the Région's real SIRET in production.
      siret: stringFromEnv("FINANCE_REGION_SIRET", "00000000000000", env),
    },
  };
}
