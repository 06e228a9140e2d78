import { useQuery } from "@apollo/client/react";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Chargement, Erreur, Prochainement } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { LIBELLE_STATUT_FACTURE } from "@sigma/ui-kit/lib/libelles";
import { graphql } from "../../../gql/gql";
import type { FacturationQuery } from "../../../gql/graphql";
import { facturesDeLOnglet } from "../lib/onglets";

const facturationQuery = graphql(/* GraphQL */ `
  query Facturation {
    actions {
      id
      numero
      intitule
      organisme {
        id
        code
      }
      factures {
        id
        numero
        periode
        montantHT
        montantTTC
        statut
        dateEmission
      }
    }
  }
`);

type Action = FacturationQuery["actions"][number];
type Ligne = NonNullable<Action["factures"]>[number] & { action: Action };

const montant = (valeur: string) => <span className="sigma-montant">{formatMontant(valeur)}</span>;

/** The invoice columns of seed 000 that the graph provides today (support, signed PDF and receipt date come with finance). */
const COLONNES_FACTURES: readonly Colonne<Ligne>[] = [
  { id: "action", titre: "N° Action", rendu: (f) => <span className="sigma-nowrap">{f.action.numero}</span>, cle: (f) => f.action.numero },
  { id: "periode", titre: "Période", rendu: (f) => f.periode ?? "-", cle: (f) => f.periode, enTeteDeLigne: true },
  { id: "numero", titre: "N° de facture", rendu: (f) => f.numero, cle: (f) => f.numero },
  { id: "emission", titre: "Date d'émission", rendu: (f) => formatDate(f.dateEmission) || "-", cle: (f) => f.dateEmission },
  { id: "statut", titre: "Organisme / Statut", rendu: (f) => `${f.action.organisme.code} / ${LIBELLE_STATUT_FACTURE[f.statut]}`, cle: (f) => f.statut },
  { id: "ht", titre: "Montant facturé en € HT", rendu: (f) => montant(f.montantHT), cle: (f) => Number(f.montantHT) },
  { id: "ttc", titre: "Montant facturé en € TTC", rendu: (f) => montant(f.montantTTC), cle: (f) => Number(f.montantTTC) },
];

/** Seed 000's CRE table (« Suivi des validations »): its columns; the prestations and months come with execution and finance. */
const COLONNES_CRE: readonly Colonne<never>[] = ["N°", "Prestations", "Contractualisé", "Prescrit", "Réalisé", "Facturé", "Période en cours", "Gestion"].map(
  (titre, i) => ({ id: `c${i}`, titre }),
);

/** « Validation / Facturation »: the four tabs of seed 000. */
export function Facturation() {
  const { data, loading, error } = useQuery(facturationQuery);
  if (loading && !data) return <Chargement>Chargement des factures…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const lignes: Ligne[] = (data?.actions ?? []).flatMap((action) => (action.factures ?? []).map((f) => ({ ...f, action })));
  const tableau = (titre: string, onglet: Parameters<typeof facturesDeLOnglet>[1], vide: string, suite: string) => (
    <>
      <h2>{titre}</h2>
      <Tableau titre={titre} colonnes={COLONNES_FACTURES} lignes={facturesDeLOnglet(lignes, onglet)} cleLigne={(f) => f.id} vide={vide} />
      <Prochainement>{suite}</Prochainement>
    </>
  );
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
              <Tableau
                titre="Compte-rendu d'exécution"
                colonnes={COLONNES_CRE}
                lignes={null}
                cleLigne={() => ""}
                prochainement="Le contractualisé, le prescrit, le réalisé et le facturé de chaque prestation, mois par mois."
              />
            </>
          ),
        },
        {
          id: "a-facturer",
          titre: "A facturer",
          contenu: tableau("Factures en attente d'émission", "aFacturer", "Aucune facture en attente d'émission.", "L'émission de la facture (« Emettre la facture » puis « Poursuivre »)."),
        },
        {
          id: "suivi-factures",
          titre: "Suivi des factures",
          contenu: tableau(
            "Factures en attente de validation Région",
            "suiviFactures",
            "Aucune facture en attente de validation Région.",
            "Le téléchargement de la facture, le dépôt de la facture signée (PDF nommé N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE) et sa date de réception.",
          ),
        },
        {
          id: "suivi-paiements",
          titre: "Suivi des paiements",
          contenu: tableau("Factures validées par la Région", "suiviPaiements", "Aucune facture validée ni payée.", "Les dates et montants des paiements de la Région."),
        },
      ]}
    />
  );
}
