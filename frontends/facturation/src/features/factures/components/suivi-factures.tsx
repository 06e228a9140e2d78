import { useApolloClient } from "@apollo/client/react";
import { Erreur } from "@sigma/ui-kit/components/status";
import type { Colonne } from "@sigma/ui-kit/components/tableau";
import { telecharger } from "@sigma/ui-kit/lib/documents";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { LIBELLE_STATUT_FACTURE } from "@sigma/ui-kit/lib/libelles";
import { additionnerMontants } from "@sigma/ui-kit/lib/saisie";
import { useState } from "react";
import { Button } from "react-aria-components";
import { graphql } from "../../../gql/gql";
import type { FactureSuiviFragment } from "../../../gql/graphql";
import { DepotFactureSignee } from "./depot-facture-signee";

export const factureSuiviFragment = graphql(/* GraphQL */ `
  fragment FactureSuivi on Facture {
    id
    numero
    type
    support
    periode
    statut
    dateEmission
    montantHT
    montantTTC
    montantAPayer
    resteAPayer
    motifRejet
    dateDecision
    nomFichierAttendu
    verrouillee
    fichierSigne {
      nom
      dateDepot
    }
    paiements {
      id
      datePaiement
      montant
      reference
    }
  }
`);

const facturePdfQuery = graphql(/* GraphQL */ `
  query FacturePdf($id: ID!) {
    facture(id: $id) {
      id
      pdf {
        nomFichier
        typeMime
        contenuBase64
      }
    }
  }
`);

export type FactureSuivie = FactureSuiviFragment & { organismeCode: string };
const montant = (valeur: string | null | undefined) => (valeur ? <span className="sigma-montant">{formatMontant(valeur)}</span> : "-");

/** « Télécharger »: the invoice's PDF, fetched when asked (never kept in the cache). */
export function TelechargerFacture({ facture }: { facture: Pick<FactureSuivie, "id" | "periode" | "support"> }) {
  const client = useApolloClient();
  const [erreur, setErreur] = useState<unknown>(null);
  return (
    <>
      <Button
        className="sigma-lien-bouton"
        aria-label={`Télécharger la facture ${facture.periode ?? facture.support} (PDF)`}
        onPress={async () => {
          setErreur(null);
          try {
            const { data } = await client.query({ query: facturePdfQuery, variables: { id: facture.id }, fetchPolicy: "no-cache" });
            if (data?.facture) telecharger(data.facture.pdf);
          } catch (error) {
            setErreur(error);
          }
        }}
      >
        Télécharger
      </Button>
      {erreur ? <Erreur error={erreur} /> : null}
    </>
  );
}

export function statutFacture(f: Pick<FactureSuivie, "statut" | "motifRejet">): string {
  return f.statut === "REJETEE" && f.motifRejet ? `Rejetée par la Région : ${f.motifRejet}` : LIBELLE_STATUT_FACTURE[f.statut];
}

/** Seed 000's « Suivi des factures » columns. */
export function colonnesSuiviFactures(onDeposee: (periode: string) => void): readonly Colonne<FactureSuivie>[] {
  return [
    { id: "periode", titre: "Période", rendu: (f) => f.periode ?? "-", cle: (f) => f.periode, enTeteDeLigne: true },
    { id: "support", titre: "Support", rendu: (f) => f.support, cle: (f) => f.support },
    { id: "emission", titre: "Date d'émission", rendu: (f) => formatDate(f.dateEmission) || "-", cle: (f) => f.dateEmission },
    {
      id: "editions",
      titre: "Organisme / Statut / Editions",
      rendu: (f) => (
        <>
          {`${f.organismeCode} / Titulaire / `}
          <TelechargerFacture facture={f} />
        </>
      ),
    },
    { id: "ht", titre: "Montant facturé en € HT", rendu: (f) => montant(f.type === "AVANCE" ? null : f.montantHT), cle: (f) => Number(f.montantHT) },
    { id: "ttc", titre: "Montant facturé en € TTC", rendu: (f) => montant(f.type === "AVANCE" ? null : f.montantTTC), cle: (f) => Number(f.montantTTC) },
    { id: "apayer", titre: "Montant à payer en € TTC", rendu: (f) => montant(f.montantAPayer), cle: (f) => Number(f.montantAPayer) },
    {
      id: "signee",
      titre: "Facture signée",
      rendu: (f) =>
        f.fichierSigne ? (
          <span title={f.fichierSigne.nom}>
            <span aria-hidden="true">✓ </span>Déposée
          </span>
        ) : f.statut === "EMISE" || f.statut === "REJETEE" ? (
          <DepotFactureSignee factureId={f.id} periode={f.periode ?? f.support} nomFichierAttendu={f.nomFichierAttendu} onDeposee={onDeposee} />
        ) : (
          "-"
        ),
    },
    { id: "reception", titre: "Date de réception", rendu: (f) => formatDate(f.fichierSigne?.dateDepot) || "-", cle: (f) => f.fichierSigne?.dateDepot },
    { id: "statut", titre: "Statut", rendu: (f) => statutFacture(f), cle: (f) => f.statut },
  ];
}

/** One total line under a table of invoices (seed 000's « Total »). */
export function TotalFactures({ factures }: { factures: readonly FactureSuivie[] }) {
  if (factures.length === 0) return null;
  const facturees = factures.filter((f) => f.type !== "AVANCE");
  return (
    <p className="sigma-total">
      <strong>Total</strong> — montant facturé HT : {formatMontant(additionnerMontants(facturees.map((f) => f.montantHT)))} · TTC :{" "}
      {formatMontant(additionnerMontants(facturees.map((f) => f.montantTTC)))} · montant à payer TTC : {formatMontant(additionnerMontants(factures.map((f) => f.montantAPayer)))}
    </p>
  );
}
