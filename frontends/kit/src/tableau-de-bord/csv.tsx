/**
 * CSV export of a dashboard table, written as French spreadsheets read it and as the graph's
 * own CSV helpers (@sigma/kit/csv) read it back: `;` separator, CRLF, a BOM for Excel, French
 * headers, and exact figures — the graph's decimal strings ("3175.00") with a decimal comma
 * ("3175,00"), never through a float, without thousands separators (a spreadsheet reads them as text).
 */
export interface ColonneCsv<T> {
  titre: string;
  valeur: (ligne: T) => string | number | null | undefined;
}

const DECIMAL = /^-?\d+\.\d+$/;

/** "3175.00" → "3175,00"; integers and text as they are. */
export function celluleCsv(valeur: string | number | null | undefined): string {
  if (valeur === null || valeur === undefined) return "";
  const texte = String(valeur);
  const cellule = DECIMAL.test(texte) ? texte.replace(".", ",") : texte;
  return /[";\r\n]/.test(cellule) ? `"${cellule.replace(/"/g, '""')}"` : cellule;
}

export function versCsv<T>(colonnes: readonly ColonneCsv<T>[], lignes: readonly T[]): string {
  const entete = colonnes.map((c) => celluleCsv(c.titre)).join(";");
  const corps = lignes.map((ligne) => colonnes.map((c) => celluleCsv(c.valeur(ligne))).join(";"));
  return `\uFEFF${[entete, ...corps].join("\r\n")}\r\n`;
}

/** Hands the file to the browser (a download, no server round trip). */
export function telechargerCsv(nomFichier: string, contenu: string): void {
  const url = URL.createObjectURL(new Blob([contenu], { type: "text/csv;charset=utf-8" }));
  const lien = document.createElement("a");
  lien.href = url;
  lien.download = nomFichier;
  document.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** « Exporter en CSV » beside a table. */
export function BoutonCsv<T>({ nomFichier, colonnes, lignes, libelle }: { nomFichier: string; colonnes: readonly ColonneCsv<T>[]; lignes: readonly T[]; libelle: string }) {
  return (
    <button type="button" className="sigma-bouton sigma-bouton--secondaire" aria-label={`Exporter en CSV : ${libelle}`} onClick={() => telechargerCsv(nomFichier, versCsv(colonnes, lignes))}>
      Exporter en CSV
    </button>
  );
}
