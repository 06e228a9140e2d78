import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Champ } from "@sigma/ui-kit/components/champ";
import { DialogueConfirmation } from "@sigma/ui-kit/components/dialogue-confirmation";
import { DialogueFormulaire } from "@sigma/ui-kit/components/dialogue-formulaire";
import { EditionsDemandesPaiement } from "@sigma/ui-kit/components/editions";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { ZoneTexte } from "@sigma/ui-kit/components/zone-texte";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { telecharger } from "@sigma/ui-kit/lib/documents";
import { champEnErreur, messageErreur } from "@sigma/ui-kit/lib/errors";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { LIBELLE_STATUT_FACTURE } from "@sigma/ui-kit/lib/libelles";
import { useState } from "react";
import { Button } from "react-aria-components";
import { getFragmentData } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import type { FactureRegionFragment } from "../../../gql/graphql";
import { lirePaiement, verifierMotifRejet } from "../lib/decisions";

export const factureRegionFragment = graphql(/* GraphQL */ `
  fragment FactureRegion on Facture {
    id
    numero
    support
    periode
    statut
    dateEmission
    dateDecision
    montantHT
    montantTTC
    montantAPayer
    resteAPayer
    motifRejet
    fichierSigne {
      nom
      dateDepot
      signature
    }
    paiements {
      id
      datePaiement
      montant
      reference
    }
    action {
      id
      numero
      organisme {
        id
        code
        raisonSociale
      }
    }
  }
`);

const facturesRegionQuery = graphql(/* GraphQL */ `
  query FacturesRegion($statuts: [StatutFacture!]!) {
    facturesParStatut(statuts: $statuts, premiers: 100) {
      nodes {
        __typename
        ...FactureRegion
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const validerFactureMutation = graphql(/* GraphQL */ `
  mutation ValiderFacture($factureId: ID!) {
    validerFacture(factureId: $factureId) {
      __typename
      ...FactureRegion
    }
  }
`);

const rejeterFactureMutation = graphql(/* GraphQL */ `
  mutation RejeterFacture($factureId: ID!, $motif: String!) {
    rejeterFacture(factureId: $factureId, motif: $motif) {
      __typename
      ...FactureRegion
    }
  }
`);

const enregistrerPaiementMutation = graphql(/* GraphQL */ `
  mutation EnregistrerPaiement($input: EnregistrerPaiementInput!) {
    enregistrerPaiement(input: $input) {
      __typename
      ...FactureRegion
    }
  }
`);

const pdfSigneQuery = graphql(/* GraphQL */ `
  query FacturePdfSigne($id: ID!) {
    facture(id: $id) {
      id
      pdfSigne {
        nomFichier
        typeMime
        contenuBase64
      }
      pdf {
        nomFichier
        typeMime
        contenuBase64
      }
    }
  }
`);

const editionDemandesRegionQuery = graphql(/* GraphQL */ `
  query EditionDemandesPaiementRegion($etat: EtatDemandesPaiement!) {
    editionDemandesPaiement(etat: $etat) {
      nomFichier
      typeMime
      contenuBase64
    }
  }
`);

type Facture = FactureRegionFragment;
const montant = (valeur: string) => <span className="sigma-montant">{formatMontant(valeur)}</span>;
const nomFacture = (f: Facture) => `${f.action.numero} ${f.periode ?? f.support}`;

/** The signed PDF as deposited (or the invoice itself while none is). */
function TelechargerPdf({ facture }: { facture: Facture }) {
  const client = useApolloClient();
  const [erreur, setErreur] = useState<unknown>(null);
  return (
    <>
      <Button
        className="sigma-lien-bouton"
        aria-label={`Télécharger ${facture.fichierSigne ? "la facture signée" : "la facture"} ${nomFacture(facture)} (PDF)`}
        onPress={async () => {
          setErreur(null);
          try {
            const { data } = await client.query({ query: pdfSigneQuery, variables: { id: facture.id }, fetchPolicy: "no-cache" });
            const document = data?.facture?.pdfSigne ?? data?.facture?.pdf;
            if (document) telecharger(document);
          } catch (error) {
            setErreur(error);
          }
        }}
      >
        {facture.fichierSigne ? "Facture signée" : "Facture"}
      </Button>
      {erreur ? <Erreur error={erreur} /> : null}
    </>
  );
}

const colonnesCommunes: readonly Colonne<Facture>[] = [
  { id: "organisme", titre: "Organisme de formation", rendu: (f) => `${f.action.organisme.raisonSociale} (${f.action.organisme.code})`, cle: (f) => f.action.organisme.raisonSociale },
  { id: "action", titre: "N° Action", rendu: (f) => <span className="sigma-nowrap">{f.action.numero}</span>, cle: (f) => f.action.numero },
  { id: "periode", titre: "Période", rendu: (f) => f.periode ?? "-", cle: (f) => f.periode, enTeteDeLigne: true },
  { id: "support", titre: "Support", rendu: (f) => f.support, cle: (f) => f.support },
  { id: "numero", titre: "N° de facture", rendu: (f) => f.numero, cle: (f) => f.numero },
  { id: "emission", titre: "Date d'émission", rendu: (f) => formatDate(f.dateEmission) || "-", cle: (f) => f.dateEmission },
  { id: "ht", titre: "Coût total HT", rendu: (f) => montant(f.montantHT), cle: (f) => Number(f.montantHT) },
  { id: "ttc", titre: "Coût total TTC", rendu: (f) => montant(f.montantTTC), cle: (f) => Number(f.montantTTC) },
  { id: "apayer", titre: "Montant à payer TTC", rendu: (f) => montant(f.montantAPayer), cle: (f) => Number(f.montantAPayer) },
];

/** « Rejeter »: the motif (3 to 500 characters), then rejeterFacture. */
function RejetFacture({ facture, onFait }: { facture: Facture; onFait: (message: string) => void }) {
  const [motif, setMotif] = useState("");
  const [erreur, setErreur] = useState<string | null>(null);
  const [rejeter, { loading }] = useMutation(rejeterFactureMutation);
  return (
    <DialogueFormulaire
      declencheur="Rejeter"
      declencheurNom={`Rejeter la facture ${nomFacture(facture)}`}
      titre={`Rejeter la facture ${facture.numero}`}
      valider="Rejeter la facture"
      secondaire
      erreur={erreur}
      enCours={loading}
      onOuverture={() => {
        setMotif("");
        setErreur(null);
      }}
      onValider={async () => {
        const refus = verifierMotifRejet(motif);
        setErreur(refus);
        if (refus) return false;
        try {
          await rejeter({ variables: { factureId: facture.id, motif: motif.trim() }, refetchQueries: ["FacturesRegion"], awaitRefetchQueries: true });
          onFait(`La facture ${facture.numero} (${facture.periode ?? facture.support}) a été rejetée.`);
          return true;
        } catch (error) {
          setErreur(messageErreur(error));
          return false;
        }
      }}
    >
      <p>{`${facture.action.organisme.raisonSociale} — ${facture.action.numero} — ${facture.periode ?? facture.support}`}</p>
      <ZoneTexte label="Motif de rejet" name="motif" value={motif} onChange={(e) => setMotif(e.target.value)} required aide="3 à 500 caractères : l'organisme le lit dans son suivi des factures." />
    </DialogueFormulaire>
  );
}

/** « Valider »: a signed invoice deposited, after a confirmation. */
function ValidationFacture({ facture, onFait, onErreur }: { facture: Facture; onFait: (message: string) => void; onErreur: (error: unknown) => void }) {
  const [valider, { loading }] = useMutation(validerFactureMutation);
  return (
    <DialogueConfirmation
      declencheur="Valider"
      isDisabled={loading || facture.statut !== "SIGNEE_DEPOSEE"}
      onConfirmer={async () => {
        try {
          await valider({ variables: { factureId: facture.id }, refetchQueries: ["FacturesRegion"], awaitRefetchQueries: true });
          onFait(`La facture ${facture.numero} (${facture.periode ?? facture.support}) a été validée.`);
        } catch (error) {
          onErreur(error);
        }
      }}
    >
      Souhaitez-vous vraiment valider la facture <strong>{facture.numero}</strong> de la période <strong>{facture.periode ?? facture.support}</strong> ?
    </DialogueConfirmation>
  );
}

/** « Enregistrer un paiement »: date, montant, référence, on a validated invoice. */
function PaiementFacture({ facture, onFait }: { facture: Facture; onFait: (message: string) => void }) {
  const [date, setDate] = useState<string | null>(null);
  const [montantSaisi, setMontant] = useState("");
  const [reference, setReference] = useState("");
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [refus, setRefus] = useState<string | null>(null);
  const [payer, { loading }] = useMutation(enregistrerPaiementMutation);
  return (
    <DialogueFormulaire
      declencheur="Enregistrer un paiement"
      declencheurNom={`Enregistrer un paiement pour la facture ${nomFacture(facture)}`}
      titre={`Paiement de la facture ${facture.numero}`}
      erreur={refus}
      enCours={loading}
      onOuverture={() => {
        setDate(null);
        setMontant("");
        setReference("");
        setErreurs({});
        setRefus(null);
      }}
      onValider={async () => {
        setRefus(null);
        const lu = lirePaiement({ date, montant: montantSaisi, reference }, facture.resteAPayer, aujourdhuiParis());
        setErreurs(lu.erreurs);
        if (!lu.saisie) return false;
        try {
          await payer({ variables: { input: { factureId: facture.id, ...lu.saisie } }, refetchQueries: ["FacturesRegion"], awaitRefetchQueries: true });
          onFait(`Le paiement de ${formatMontant(lu.saisie.montant)} a été enregistré sur la facture ${facture.numero}.`);
          return true;
        } catch (error) {
          const champ = champEnErreur(error);
          if (champ === "date" || champ === "montant" || champ === "reference") setErreurs({ [champ]: messageErreur(error) });
          else setRefus(messageErreur(error));
          return false;
        }
      }}
    >
      <p>{`Reste à payer : ${formatMontant(facture.resteAPayer)}`}</p>
      <ChampDate label="Date du paiement" name="date" valeur={date} onChange={setDate} isRequired erreur={erreurs.date} aide="jj/mm/aaaa" />
      <Champ label="Montant" name="montant" value={montantSaisi} onChange={(e) => setMontant(e.target.value)} required inputMode="decimal" aide="En euros, par exemple 1000,00." erreur={erreurs.montant} />
      <Champ label="Référence du paiement" name="reference" value={reference} onChange={(e) => setReference(e.target.value)} required aide="Mandat ou virement, 60 caractères au plus." erreur={erreurs.reference} />
    </DialogueFormulaire>
  );
}

/** « Factures à valider »: the invoices emitted or deposited, each validated or rejected with a motif. */
export function FacturesAValider() {
  const { data, loading, error } = useQuery(facturesRegionQuery, { variables: { statuts: ["EMISE", "SIGNEE_DEPOSEE"] } });
  const [message, setMessage] = useState<string | null>(null);
  const [refus, setRefus] = useState<unknown>(null);
  if (loading && !data) return <Chargement>Chargement des factures…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const factures = getFragmentData(factureRegionFragment, data?.facturesParStatut.nodes ?? []);
  const fait = (texte: string) => {
    setRefus(null);
    setMessage(texte);
  };
  const colonnes: readonly Colonne<Facture>[] = [
    ...colonnesCommunes,
    { id: "statut", titre: "Statut", rendu: (f) => LIBELLE_STATUT_FACTURE[f.statut], cle: (f) => f.statut },
    { id: "reception", titre: "Facture signée (réception)", rendu: (f) => (f.fichierSigne ? `${formatDate(f.fichierSigne.dateDepot)}${f.fichierSigne.signature === "ELECTRONIQUE" ? " — signature électronique" : ""}` : "Non déposée") },
    { id: "pdf", titre: "Editions", rendu: (f) => <TelechargerPdf facture={f} /> },
    {
      id: "gestion",
      titre: "Gestion",
      rendu: (f) => (
        <div className="sigma-actions sigma-actions--cellule">
          <ValidationFacture facture={f} onFait={fait} onErreur={setRefus} />
          <RejetFacture facture={f} onFait={fait} />
        </div>
      ),
    },
  ];
  return (
    <>
      {message ? <Confirmation>{message}</Confirmation> : null}
      {refus ? <Erreur error={refus} /> : null}
      <Tableau titre="Factures émises en attente de validation Région" colonnes={colonnes} lignes={factures} cleLigne={(f) => f.id} vide="Aucune facture en attente de validation." />
      <p className="sigma-aide">Seule une facture dont l'organisme a déposé la facture signée peut être validée ; toute facture émise peut être rejetée avec un motif.</p>
    </>
  );
}

/** « Paiements »: the validated invoices, payments recorded, and the printable payment requests. */
export function Paiements() {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(facturesRegionQuery, { variables: { statuts: ["VALIDEE", "PAYEE"] } });
  const [message, setMessage] = useState<string | null>(null);
  if (loading && !data) return <Chargement>Chargement des factures…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const factures = getFragmentData(factureRegionFragment, data?.facturesParStatut.nodes ?? []);
  const colonnes: readonly Colonne<Facture>[] = [
    ...colonnesCommunes,
    { id: "decision", titre: "Date de validation", rendu: (f) => formatDate(f.dateDecision) || "-", cle: (f) => f.dateDecision },
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
    { id: "reste", titre: "Reste à payer", rendu: (f) => montant(f.resteAPayer), cle: (f) => Number(f.resteAPayer) },
    { id: "statut", titre: "Statut", rendu: (f) => LIBELLE_STATUT_FACTURE[f.statut], cle: (f) => f.statut },
    { id: "gestion", titre: "Gestion", rendu: (f) => (f.statut === "VALIDEE" ? <PaiementFacture facture={f} onFait={setMessage} /> : "-") },
  ];
  return (
    <>
      {message ? <Confirmation>{message}</Confirmation> : null}
      <Tableau titre="Factures validées par la Région" colonnes={colonnes} lignes={factures} cleLigne={(f) => f.id} vide="Aucune facture validée ni payée." />
      <EditionsDemandesPaiement
        charger={async (etat) => {
          const { data: edition } = await client.query({ query: editionDemandesRegionQuery, variables: { etat }, fetchPolicy: "no-cache" });
          if (!edition) throw new Error("Edition indisponible.");
          return edition.editionDemandesPaiement;
        }}
      />
    </>
  );
}
