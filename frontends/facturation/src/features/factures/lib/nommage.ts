/**
 * Seed 000's naming rule of the signed PDF, checked before the upload exactly as finance checks
 * it (services/finance/src/rules/file-name.ts): the expected name in capitals (accents
 * optional, runs of spaces count as one), with a .pdf or .PDF extension; lower case refused.
 * The graph gives the expected name (`nomFichierAttendu`); the server checks again.
 */
const sansAccents = (texte: string) => texte.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const espaces = (texte: string) => texte.replace(/\s+/g, " ").trim();

export function nomFichierConforme(recu: string, attendu: string): boolean {
  const match = /^(.*)\.(pdf|PDF)$/.exec(recu.trim());
  if (!match) return false;
  const radical = espaces(match[1]!);
  if (radical !== radical.toUpperCase()) return false;
  return sansAccents(radical) === attendu.replace(/\.pdf$/, "");
}

/** The server's message for a wrongly named file (the same words, so the user reads one rule). */
export function messageNommage(recu: string, attendu: string): string {
  return `Le fichier doit être nommé en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE : « ${attendu} » (fichier reçu : « ${recu.slice(0, 200)} »).`;
}

/** The refusal of a chosen file before sending it, or null when it may go to the server. */
export function verifierFichierSigne(fichier: { name: string } | null | undefined, attendu: string): string | null {
  if (!fichier) return "Choisissez la facture signée (PDF).";
  return nomFichierConforme(fichier.name, attendu) ? null : messageNommage(fichier.name, attendu);
}
