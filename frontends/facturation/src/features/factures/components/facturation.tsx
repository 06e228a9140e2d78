import { useApolloClient, useQuery } from "@apollo/client/react";
import { EditionsDemandesPaiement } from "@sigma/ui-kit/components/editions";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { nombreDePages, Pagination } from "@sigma/ui-kit/components/pagination";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { additionnerMontants } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { getFragmentData } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import { facturesDeLOnglet } from "../lib/onglets";
import { AFacturer } from "./a-facturer";
import { Cre } from "./cre";
import { SousTraitance } from "./sous-traitance";
import { colonnesSuiviFactures, factureSuiviFragment, statutFacture, TelechargerFacture, TotalFactures, type FactureSuivie } from "./suivi-factures";

const facturationQuery = graphql(/* GraphQL */ `
  query Facturation($page: Int, $parPage: Int) {
    listeActionsParStatut(statuts: [EC, CLOTUREE], page: $page, parPage: $parPage) {
      total
      page
      parPage
      nodes {
      id
      numero
      intitule
      statut
      organisme {
        id
        code
      }
      marche {
        id
        sousTraitants {
          id
          raisonSociale
        }
      }
      cre {
        __typename
        ...CreTable
      }
      aFacturer {
        __typename
        ...FactureAEmettreLigne
      }
      sousTraitances {
        __typename
        ...SousTraitanceSaisie
      }
      }
    }
    suivies: facturesParStatut(statuts: [EMISE, SIGNEE_DEPOSEE, REJETEE], premiers: 100) {
      nodes {
        __typename
        ...FactureSuivi
        action {
          id
          organisme {
            id
            code
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    payees: facturesParStatut(statuts: [VALIDEE, PAYEE], premiers: 100) {
      nodes {
        __typename
        ...FactureSuivi
        action {
          id
          organisme {
            id
            code
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const editionDemandesQuery = graphql(/* GraphQL */ `
  query EditionDemandesPaiementOrganisme($etat: EtatDemandesPaiement!) {
    editionDemandesPaiement(etat: $etat) {
      nomFichier
      typeMime
      contenuBase64
    }
  }
`);

const montant = (valeur: string) => <span className="sigma-montant">{formatMontant(valeur)}</span>;

/** « Suivi des paiements »: the invoices validated by the Région and what it paid. */
export const COLONNES_PAIEMENTS: readonly Colonne<FactureSuivie>[] = [
  { id: "periode", titre: "Période", rendu: (f) => f.periode ?? "-", cle: (f) => f.periode, enTeteDeLigne: true },
  { id: "support", titre: "Support", rendu: (f) => f.support, cle: (f) => f.support },
  { id: "numero", titre: "N° de facture", rendu: (f) => f.numero, cle: (f) => f.numero },
  { id: "decision", titre: "Date de validation", rendu: (f) => formatDate(f.dateDecision) || "-", cle: (f) => f.dateDecision },
  { id: "apayer", titre: "Montant à payer en € TTC", rendu: (f) => montant(f.montantAPayer), cle: (f) => Number(f.montantAPayer) },
  {
    id: "paiements",
    titre: "Paiements (date, montant, référence)",
    rendu: (f) =>
      f.paiements.length ? (
        <ul className="sigma-liste-compacte">
          {f.paiements.map((p) => (
            <li key={p.id}>{`${formatDate(p.datePaiement)} — ${formatMontant(p.montant)} — ${p.reference}`}</li>
          ))}
        </ul>
      ) : (
        "-"
      ),
  },
  { id: "paye", titre: "Montant payé", rendu: (f) => montant(additionnerMontants(f.paiements.map((p) => p.montant))) },
  { id: "reste", titre: "Reste à payer", rendu: (f) => montant(f.resteAPayer), cle: (f) => Number(f.resteAPayer) },
  { id: "statut", titre: "Statut", rendu: (f) => statutFacture(f), cle: (f) => f.statut },
  { id: "pdf", titre: "Editions", rendu: (f) => <TelechargerFacture facture={f} /> },
];

/** « Validation / Facturation »: the four tabs of seed 000, action by action. */
export function Facturation() {
  // Running and closed actions ten at a time; the invoices of the two follow-up tabs, the 100 newest of each (by status, on the server).
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(facturationQuery, { variables: { page, parPage: PAR_PAGE } });
  const client = useApolloClient();
  const [message, setMessage] = useState<string | null>(null);
  const courant = data ?? previousData;
  if (loading && !courant) return <Chargement>Chargement des factures…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const liste = courant?.listeActionsParStatut;
  const ouvertes = liste?.nodes ?? [];
  const lire = (nodes: NonNullable<typeof courant>["suivies"]["nodes"]): FactureSuivie[] =>
    nodes.map((f) => ({ ...getFragmentData(factureSuiviFragment, f), organismeCode: f.action.organisme.code }));
  const colonnes = colonnesSuiviFactures((periode) => setMessage(`La facture signée a correctement été enregistrée pour la facture ${periode}.`));
  const suivies = facturesDeLOnglet(lire(courant?.suivies.nodes ?? []), "suiviFactures");
  const payees = facturesDeLOnglet(lire(courant?.payees.nodes ?? []), "suiviPaiements");
  const confirmation = message ? <Confirmation>{message}</Confirmation> : null;
  const pagination = liste ? (
    <>
      {liste.total > PAR_PAGE ? <p className="sigma-tableau__nombre">{`Nombre d'actions en cours ou clôturées : ${liste.total}`}</p> : null}
      <Pagination titre="Actions en cours ou clôturées" page={liste.page} pages={nombreDePages(liste.total, liste.parPage)} onPage={setPage} />
    </>
  ) : null;
  const tronquee = (plus: boolean | undefined) => (plus ? <p className="sigma-discret">Seules les 100 factures les plus récentes sont affichées.</p> : null);

  return (
    <Onglets
      titre="Validation / Facturation"
      initial="suivi-factures"
      onglets={[
        {
          id: "suivi-validations",
          titre: "Suivi des validations",
          contenu: (
            <>
              <h2>Compte-rendu d'exécution</h2>
              <p>La facturation est trimestrielle : la facture est générée dès que les trois mois sont validés.</p>
              {ouvertes.length ? ouvertes.map((a) => <Cre key={a.id} action={a} cre={a.cre} />) : <p className="sigma-vide">Aucune action en cours.</p>}
              {pagination}
            </>
          ),
        },
        {
          id: "a-facturer",
          titre: "A facturer",
          contenu: (
            <>
              <h2>Factures en attente d'émission</h2>
              {confirmation}
              {ouvertes.length ? ouvertes.map((a) => <AFacturer key={a.id} action={a} aFacturer={a.aFacturer ?? []} onEmise={() => setMessage("La facture a été validée.")} />) : <p className="sigma-vide">Aucune facture en attente d'émission.</p>}
              {ouvertes.map((a) => (
                <SousTraitance key={a.id} action={a} sousTraitances={a.sousTraitances ?? []} />
              ))}
              {pagination}
            </>
          ),
        },
        {
          id: "suivi-factures",
          titre: "Suivi des factures",
          contenu: (
            <>
              <h2>Factures en attente de validation Région</h2>
              {confirmation}
              <Tableau titre="Factures en attente de validation Région" colonnes={colonnes} lignes={suivies} cleLigne={(f) => f.id} vide="Aucune facture en attente de validation Région." />
              <TotalFactures factures={suivies} />
              {tronquee(courant?.suivies.pageInfo.hasNextPage)}
              <p className="sigma-message sigma-message--avertissement">
                <span aria-hidden="true">! </span>Une fois la facture signée déposée, il n'est plus possible de la modifier. En cas d'erreur (pièce déposée non conforme), rapprochez-vous de la
                Région afin qu'un rejet de la facture soit opéré par les instructeurs Région.
              </p>
            </>
          ),
        },
        {
          id: "suivi-paiements",
          titre: "Suivi des paiements",
          contenu: (
            <>
              <h2>Factures validées par la Région</h2>
              <Tableau titre="Factures validées par la Région" colonnes={COLONNES_PAIEMENTS} lignes={payees} cleLigne={(f) => f.id} vide="Aucune facture validée ni payée." />
              {tronquee(courant?.payees.pageInfo.hasNextPage)}
              <EditionsDemandesPaiement
                charger={async (etat) => {
                  const { data: edition } = await client.query({ query: editionDemandesQuery, variables: { etat }, fetchPolicy: "no-cache" });
                  if (!edition) throw new Error("Edition indisponible.");
                  return edition.editionDemandesPaiement;
                }}
              />
            </>
          ),
        },
      ]}
    />
  );
}

const PAR_PAGE = 10;
