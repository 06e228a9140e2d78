import { useQuery } from "@apollo/client/react";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Chargement, Erreur, Prochainement } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { LIBELLE_STATUT_FACTURE, type CodeStatutFacture } from "@sigma/ui-kit/lib/libelles";
import { graphql } from "../../../gql/gql";
import type { RegionFacturesQuery } from "../../../gql/graphql";

const regionFacturesQuery = graphql(/* GraphQL */ `
  query RegionFactures {
    actions {
      id
      numero
      organisme {
        id
        code
        raisonSociale
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

type Action = RegionFacturesQuery["actions"][number];
type Ligne = NonNullable<Action["factures"]>[number] & { action: Action };

const A_VALIDER: readonly CodeStatutFacture[] = ["EMISE", "SIGNEE_DEPOSEE"];
const A_PAYER: readonly CodeStatutFacture[] = ["VALIDEE", "PAYEE"];
const montant = (valeur: string) => <span className="sigma-montant">{formatMontant(valeur)}</span>;

const COLONNES_FACTURES: readonly Colonne<Ligne>[] = [
  { id: "organisme", titre: "Organisme de formation", rendu: (f) => `${f.action.organisme.raisonSociale} (${f.action.organisme.code})`, cle: (f) => f.action.organisme.raisonSociale },
  { id: "action", titre: "N° Action", rendu: (f) => <span className="sigma-nowrap">{f.action.numero}</span>, cle: (f) => f.action.numero },
  { id: "periode", titre: "Période", rendu: (f) => f.periode ?? "-", cle: (f) => f.periode, enTeteDeLigne: true },
  { id: "numero", titre: "N° de facture", rendu: (f) => f.numero, cle: (f) => f.numero },
  { id: "emission", titre: "Date d'émission", rendu: (f) => formatDate(f.dateEmission) || "-", cle: (f) => f.dateEmission },
  { id: "ht", titre: "Coût total HT", rendu: (f) => montant(f.montantHT), cle: (f) => Number(f.montantHT) },
  { id: "ttc", titre: "Coût total TTC", rendu: (f) => montant(f.montantTTC), cle: (f) => Number(f.montantTTC) },
  { id: "statut", titre: "Statut", rendu: (f) => LIBELLE_STATUT_FACTURE[f.statut], cle: (f) => f.statut },
];

/** Seed 004's « SUIVI DES DEMANDES DE MODIFICATION » columns; the requests come with catalogue. */
export const COLONNES_DEMANDES: readonly Colonne<never>[] = [
  "Type de la modification",
  "Nom/Statut de l'émetteur",
  "Prestataire",
  "Date d'émission",
  "Etat / Historique",
  "Observations",
  "Avenant",
  "Gestion",
].map((titre, i) => ({ id: `c${i}`, titre }));

/** « Espace Région »: requests to validate, invoices to validate or reject, payments. */
export function Instruction() {
  const { data, loading, error } = useQuery(regionFacturesQuery);
  if (loading && !data) return <Chargement>Chargement des factures…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const lignes: Ligne[] = (data?.actions ?? []).flatMap((action) => (action.factures ?? []).map((f) => ({ ...f, action })));
  return (
    <Onglets
      titre="Espace Région"
      onglets={[
        {
          id: "demandes",
          titre: "Demandes de modification",
          contenu: (
            <>
              <h2>Suivi des demandes de modification</h2>
              <Tableau
                titre="Demandes de modification en attente de validation"
                colonnes={COLONNES_DEMANDES}
                lignes={null}
                cleLigne={() => ""}
                prochainement="Les demandes de modification de dates en attente de validation, avec leur récapitulatif et leur motivation."
              />
            </>
          ),
        },
        {
          id: "factures",
          titre: "Factures à valider",
          contenu: (
            <>
              <h2>Factures émises en attente de validation Région</h2>
              <Tableau
                titre="Factures émises en attente de validation Région"
                colonnes={COLONNES_FACTURES}
                lignes={lignes.filter((f) => A_VALIDER.includes(f.statut))}
                cleLigne={(f) => f.id}
                vide="Aucune facture en attente de validation."
              />
              <Prochainement>La validation d'une facture ou son rejet avec un motif.</Prochainement>
            </>
          ),
        },
        {
          id: "paiements",
          titre: "Paiements",
          contenu: (
            <>
              <h2>Factures validées par la Région</h2>
              <Tableau
                titre="Factures validées par la Région"
                colonnes={COLONNES_FACTURES}
                lignes={lignes.filter((f) => A_PAYER.includes(f.statut))}
                cleLigne={(f) => f.id}
                vide="Aucune facture validée ni payée."
              />
              <Prochainement>L'enregistrement des paiements.</Prochainement>
            </>
          ),
        },
      ]}
    />
  );
}
