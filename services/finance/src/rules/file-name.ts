/** Kinds of invoices: the advance at opening, the acomptes (CRE intermédiaires), the solde. */
export type TypeFacture = "AVANCE" | "ACOMPTE" | "SOLDE";

export interface NommageFacture {
  numeroContrat: string;
  raisonSociale: string;
  type: TypeFacture;
  /** N° of the acompte (1, 2…). */
  rang: number | null;
  /** « Septembre 2022 - Novembre 2022 »; null for the advance. */
  periode: string | null;
}

const sansAccents = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const espaces = (text: string) => text.replace(/\s+/g, " ").trim();
/** Characters no file system accepts are replaced by a dash. */
const sur = (text: string) => text.replace(/[\\/:*?"<>|]/g, "-");

/**
 * Seed 000's naming rule, in capitals: N° bon de commande_NOM organisme_ACOMPTE N°_PERIODE
 * FACTURATION (the advance: …_AVANCE; the solde: …_SOLDE_PERIODE), followed by .pdf.
 */
export function nomFichierAttendu(n: NommageFacture): string {
  const nature = n.type === "AVANCE" ? "AVANCE" : n.type === "SOLDE" ? "SOLDE" : `ACOMPTE ${n.rang ?? 1}`;
  const parts = [n.numeroContrat, n.raisonSociale, nature, ...(n.periode ? [n.periode] : [])];
  return `${espaces(sansAccents(sur(parts.join("_")))).toUpperCase()}.pdf`;
}

/**
 * True when `recu` follows the rule: the same name in capitals (accents optional, runs of
 * spaces count as one), with a .pdf or .PDF extension. Lower case is refused.
 */
export function nomFichierConforme(recu: string, attendu: string): boolean {
  const match = /^(.*)\.(pdf|PDF)$/.exec(recu.trim());
  if (!match) return false;
  const stem = espaces(match[1]!);
  if (stem !== stem.toUpperCase()) return false;
  return sansAccents(stem) === attendu.replace(/\.pdf$/, "");
}
