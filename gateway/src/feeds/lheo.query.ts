/** What the LHEO export reads from the supergraph, page by page, as the calling CARIF credential. */
export const FLUX_LHEO = /* GraphQL */ `
  query FluxLheo($depuis: String, $apres: String, $premiers: Int) {
    fluxSessions(depuis: $depuis, apres: $apres, premiers: $premiers) {
      nodes {
        id numero dateDebut dateFin nbPlaces annulee modifieLe
        site { libelle adresse codePostal ville }
        informationsCollectives {
          date heureDebut heureFin nbPlaces commentaire
          adresse { ligne complement mentionSpeciale codePostal ville cedex }
        }
        composante { numero intitule }
        action {
          numero intitule type dureeCentre dureeEntreprise
          organisme { siret numeroActivite raisonSociale adresse complementAdresse codePostal ville }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export interface FluxSession {
  id: string;
  numero: string;
  dateDebut: string;
  dateFin: string;
  nbPlaces: number;
  annulee: boolean;
  modifieLe: string;
  site: { libelle: string; adresse: string | null; codePostal: string; ville: string };
  informationsCollectives: {
    date: string;
    heureDebut: string;
    heureFin: string;
    nbPlaces: number;
    commentaire: string | null;
    adresse: { ligne: string; complement: string | null; mentionSpeciale: string | null; codePostal: string; ville: string; cedex: string | null };
  }[];
  composante: { numero: string; intitule: string };
  action: {
    numero: string;
    intitule: string;
    type: "COLLECTIVE" | "INDIVIDUALISEE";
    dureeCentre: string;
    dureeEntreprise: string;
    organisme: {
      siret: string;
      numeroActivite: string | null;
      raisonSociale: string;
      adresse: string | null;
      complementAdresse: string | null;
      codePostal: string | null;
      ville: string | null;
    };
  };
}

export interface FluxPage {
  fluxSessions: { nodes: FluxSession[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
