import { useApolloClient, useQuery } from "@apollo/client/react";
import { EditionsDemandesPaiement } from "@sigma/ui-kit/components/editions";
import { Onglets } from "@sigma/ui-kit/components/onglets";
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
  query Facturation {
    actions {
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
      factures {
        __typename
        ...FactureSuivi
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
  const { data, loading, error } = useQuery(facturationQuery);
  const client = useApolloClient();
  const [message, setMessage] = useState<string | null>(null);
  if (loading && !data) return <Chargement>Chargement des factures…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const actions = data?.actions ?? [];
  const ouvertes = actions.filter((a) => a.statut === "EC" || a.statut === "CLOTUREE");
  const factures: FactureSuivie[] = actions.flatMap((a) => getFragmentData(factureSuiviFragment, a.factures ?? []).map((f) => ({ ...f, organismeCode: a.organisme.code })));
  const colonnes = colonnesSuiviFactures((periode) => setMessage(`La facture signée a correctement été enregistrée pour la facture ${periode}.`));
  const suivies = facturesDeLOnglet(factures, "suiviFactures");
  const payees = facturesDeLOnglet(factures, "suiviPaiements");
  const confirmation = message ? <Confirmation>{message}</Confirmation> : null;

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
