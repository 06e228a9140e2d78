/** Documents and inputs shared by the catalogue's integration tests (seed 004's session n° 01 and a second one). */
export const NOUVELLE = /* GraphQL */ `mutation ($input: NouvelleDemandeInput!) { nouvelleDemandeModification(input: $input) { id etat } }`;
export const ENREGISTRER = /* GraphQL */ `mutation ($id: ID!, $s: SessionInput!) { enregistrerSession(demandeId: $id, session: $s) { id etat lignes { intitule avant apres } } }`;
export const EMETTRE = /* GraphQL */ `mutation ($id: ID!, $m: String) { emettreDemande(demandeId: $id, motivation: $m) { id etat dateEmission motivation session { id numero nbPlaces } lignes { intitule avant apres } historique { action auteur } } }`;
export const IC_SEED = {
  id: "1", date: "2022-08-31", heureDebut: "10:00", heureFin: "12:00", nbPlaces: 20,
  commentaire: "arrêt XXXXX_ligne de bus n°XXXX\ntramway ligne X direction.....arrêt :",
  adresse: { numeroVoie: "12", extensionVoie: "ter", typeVoie: "allée", libelleVoie: "de la madeleine", codePostal: "34000", ville: "MONTPELLIER" },
};
export const SESSION_01 = { dateDebut: "2022-09-01", dateFin: "2022-12-31", siteId: "1", nbPlaces: 10, informationsCollectives: [IC_SEED] };
export const SESSION_02 = {
  dateDebut: "2023-01-02", dateFin: "2023-03-31", siteId: "2", nbPlaces: 12,
  informationsCollectives: [
    { date: "2022-12-15", heureDebut: "09:30", heureFin: "11:30", nbPlaces: 10, commentaire: "  Tram 1 <Corum> & « bus » n°6\n", adresse: { numeroVoie: "5", typeVoie: "rue", libelleVoie: "de la Loge", codePostal: "34000", ville: "Montpellier" } },
  ],
};
