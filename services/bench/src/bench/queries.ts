/** What the benchmark sends. */

/** T1/T2: one subgraph (catalogue) — the same text straight to the subgraph and through the gateway. */
export const SINGLE_SUBGRAPH = /* GraphQL */ `query ActionsNumeros { actions { numero intitule } }`;

/** T3: the OF's action list with statut (execution), trainees (execution) and invoice totals (finance). */
export const THREE_SUBGRAPHS = /* GraphQL */ `query ActionsSuivi { actions { numero statut stagiaires { id } factures { montantTTC } } }`;

/**
 * The UI queries whose SQL statement count must not grow with the number of rows: the list the
 * « Actions de formation » screen sends (its persisted text, gateway/persisted-operations.json),
 * T3, and one action's résumé. Domains add theirs here.
 */
export const UI_QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: "ActionsListe (écran Actions de formation)",
    query: /* GraphQL */ `query ActionsListe { actions { anneeProgrammation dateDebutPrevue dateFinPrevue factures { id montantHT montantTTC numero periode statut } id intitule numero numeroContrat organisme { code id raisonSociale } stagiaires { id nom prenom } statut } }`,
  },
  { name: "ActionsSuivi (T3)", query: THREE_SUBGRAPHS },
];

export const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
