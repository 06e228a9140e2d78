import { graphql } from "../../../gql/gql";

/** The connected account: the header, the menu (by role) and « Modifier votre compte » read it. */
export const moiQuery = graphql(/* GraphQL */ `
  query Moi {
    moi {
      id
      identifiant
      role
      organisme {
        id
        code
        raisonSociale
        adresse
        complementAdresse
        codePostal
        ville
      }
    }
  }
`);
