// The gateway helpers and the complete identity tab are execution's test support, reused here.
export { fiche, ok, refused, type Headers } from "../../execution/test/support.js";

/** Waits until `probe` returns something (the advance is emitted by a background poll). */
export async function attendre<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const limite = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > limite) throw new Error("délai dépassé");
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const INSCRIRE = /* GraphQL */ `mutation ($a: ID!, $i: StagiaireInput!) { inscrireStagiaire(actionId: $a, input: $i) { id nom } }`;
export const OUVRIR = /* GraphQL */ `mutation ($i: OuvertureInput!) { ouvrirAction(input: $i) { statut dateDebutReelle frequencePaiement } }`;
export const SAISIR = /* GraphQL */ `mutation ($i: SaisieHeuresInput!) { saisirHeures(input: $i) { mois } }`;
export const CONFIRMER = /* GraphQL */ `mutation ($a: ID!, $m: String!) { confirmerDeclaration(actionId: $a, mois: $m) { etat } }`;
export const SORTIE = /* GraphQL */ `mutation ($i: SortieInput!) { declarerSortie(input: $i) { dateSortie } }`;
export const ENQUETE = /* GraphQL */ `mutation ($i: EnqueteInput!) { saisirEnquete(input: $i) { moment } }`;
export const CLOTURER = /* GraphQL */ `mutation ($a: ID!, $d: Date!) { cloturerAction(actionId: $a, dateFinReelle: $d) { action { statut dateFinReelle } } }`;
export const EMETTRE = /* GraphQL */ `mutation ($i: EmettreFactureInput!) { emettreFacture(input: $i) { id numero type rang periode statut montantHT montantTVA montantTTC avanceRecuperee montantAPayer nomFichierAttendu } }`;

/** Hours of one trainee for one month, with the absence periods that make up the « non réalisées justifiées ». */
export function saisie(stagiaireId: string, mois: string, centre: number, justifieesCentre: number, entreprise: number) {
  return {
    i: {
      stagiaireId, mois,
      heuresRealiseesCentre: String(centre), heuresNonRealiseesJustifieesCentre: String(justifieesCentre), heuresNonRealiseesNonJustifieesCentre: "0",
      heuresRealiseesEntreprise: String(entreprise), heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0",
      absences: justifieesCentre ? [{ dateDebut: `${mois}-16`, dateFin: `${mois}-16`, motif: "Maladie", lieu: "CENTRE", justifiee: true, heures: String(justifieesCentre) }] : [],
    },
  };
}
