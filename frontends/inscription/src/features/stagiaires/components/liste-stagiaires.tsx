import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useMutation, useQuery } from "@apollo/client/react";
import { DialogueConfirmation } from "@sigma/ui-kit/components/dialogue-confirmation";
import { nombreDePages, Pagination } from "@sigma/ui-kit/components/pagination";
import { Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { LigneStagiaireFragment } from "../../../gql/graphql";

const inscriptionStagiairesQuery = graphql(/* GraphQL */ `
  query InscriptionStagiaires($page: Int, $parPage: Int) {
    listeActions(page: $page, parPage: $parPage) {
      total
      page
      parPage
      nodes {
        id
        numero
        intitule
        statut
        effectifTotal
        stagiaires {
          ...LigneStagiaire
        }
      }
    }
  }
`);

export const ligneStagiaireFragment = graphql(/* GraphQL */ `
  fragment LigneStagiaire on Stagiaire {
    __typename
    id
    nom
    prenom
    dateEntree
    dateSortie
    complet
    champsManquants
  }
`);

const supprimerStagiaireMutation = graphql(/* GraphQL */ `
  mutation SupprimerStagiaire($id: ID!) {
    supprimerStagiaire(id: $id)
  }
`);

type Stagiaire = LigneStagiaireFragment;

/** Seed 001 § 3.2 « Liste des stagiaires »: Nom, Prénom, Date de début, Date de fin, then the record's state and its actions. */
export function colonnesStagiaires(actionId: string, onSupprimer?: (s: Stagiaire) => void): readonly Colonne<Stagiaire>[] {
  return [
    { id: "nom", titre: "Nom", rendu: (s) => s.nom.toUpperCase(), cle: (s) => s.nom, enTeteDeLigne: true },
    { id: "prenom", titre: "Prénom", rendu: (s) => s.prenom, cle: (s) => s.prenom },
    { id: "entree", titre: "Date de début", rendu: (s) => formatDate(s.dateEntree), cle: (s) => s.dateEntree },
    { id: "sortie", titre: "Date de fin", rendu: (s) => formatDate(s.dateSortie), cle: (s) => s.dateSortie },
    {
      id: "fiche",
      titre: "Fiche",
      rendu: (s) => (s.complet ? "Complète" : <abbr title={`À compléter : ${s.champsManquants.join(", ")}`}>Partielle</abbr>),
      cle: (s) => (s.complet ? 1 : 0),
    },
    {
      id: "gestion",
      titre: "Gestion",
      rendu: (s) => (
        <span className="sigma-actions">
          <Link to={`/inscription/action/${actionId}/stagiaire/${s.id}`} aria-label={`Modifier la fiche de ${s.nom.toUpperCase()} ${s.prenom}`}>
            Modifier
          </Link>
          {onSupprimer ? (
            <DialogueConfirmation declencheur="Supprimer" onConfirmer={() => onSupprimer(s)}>
              {`Souhaitez-vous vraiment supprimer le stagiaire ${s.nom.toUpperCase()} ${s.prenom} ? Ce n'est possible que tant qu'aucune heure n'est enregistrée pour lui.`}
            </DialogueConfirmation>
          ) : null}
        </span>
      ),
    },
  ];
}

/** One table per action waiting or running: « Tableau récapitulatif des stagiaires déclarés pour l'action : … », « Nouveau stagiaire », « Importer ». */
export function ListeStagiaires() {
  const message = (useLocation().state as { message?: string } | null)?.message;
  // The actions come from the server ten at a time (the largest organismes have thousands).
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(inscriptionStagiairesQuery, { fetchPolicy: SANS_CACHE, variables: { page, parPage: PAR_PAGE } });
  const [supprime, setSupprime] = useState<string | null>(null);
  const [supprimer, suppression] = useMutation(supprimerStagiaireMutation, { refetchQueries: ["InscriptionStagiaires"] });
  const liste = (data ?? previousData)?.listeActions;
  if (loading && !liste) return <Chargement>Chargement des stagiaires…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const nodes = liste?.nodes ?? [];
  const actions = nodes.filter((a) => a.statut === "AO" || a.statut === "EC");
  const fermees = nodes.filter((a) => a.statut !== "AO" && a.statut !== "EC");
  const onSupprimer = (s: Stagiaire) => {
    setSupprime(null);
    void supprimer({ variables: { id: s.id } }).then(
      () => setSupprime(`Le stagiaire ${s.nom.toUpperCase()} ${s.prenom} a été supprimé.`),
      () => undefined,
    );
  };
  return (
    <section aria-labelledby="inscription-liste">
      <h2 id="inscription-liste">Liste des stagiaires</h2>
      {message ? <Confirmation>{message}</Confirmation> : null}
      {supprime ? <Confirmation>{supprime}</Confirmation> : null}
      {suppression.error ? <Erreur error={suppression.error} /> : null}
      {liste && liste.total > PAR_PAGE ? <p className="sigma-tableau__nombre">{`Nombre d'actions : ${liste.total}`}</p> : null}
      {actions.length === 0 ? <p className="sigma-vide">Aucune action en attente d'ouverture ou en cours{liste && liste.total > PAR_PAGE ? " sur cette page" : ""}.</p> : null}
      {actions.map((action) => (
        <BlocAction key={action.id} action={{ ...action, stagiaires: action.stagiaires ?? [] }} onSupprimer={onSupprimer} />
      ))}
      {fermees.length ? (
        <p className="sigma-discret">{`Inscriptions fermées (action clôturée ou non ouverte) : ${fermees.map((a) => a.numero).join(", ")}.`}</p>
      ) : null}
      {liste ? <Pagination titre="Liste des stagiaires" page={liste.page} pages={nombreDePages(liste.total, liste.parPage)} onPage={setPage} /> : null}
    </section>
  );
}

const PAR_PAGE = 10;

function BlocAction({
  action,
  onSupprimer,
}: {
  action: { id: string; numero: string; intitule: string; effectifTotal: number; stagiaires: readonly FragmentType<typeof ligneStagiaireFragment>[] };
  onSupprimer: (s: Stagiaire) => void;
}) {
  const stagiaires = action.stagiaires.map((s) => getFragmentData(ligneStagiaireFragment, s));
  return (
    <div className="sigma-bloc-action">
      <h3>
        Tableau récapitulatif des stagiaires déclarés pour l'action : {action.numero} — {action.intitule}
      </h3>
      <p className="sigma-discret">{`${stagiaires.length} stagiaire(s) inscrit(s) sur un effectif de ${action.effectifTotal}.`}</p>
      <Tableau
        titre={`Stagiaires déclarés pour l'action ${action.numero}`}
        colonnes={colonnesStagiaires(action.id, onSupprimer)}
        lignes={stagiaires}
        cleLigne={(s) => s.id}
        vide="Aucun stagiaire déclaré pour cette action."
        tri={{ colonne: "nom", sens: "ascending" }}
        parPage={10}
      />
      <p className="sigma-actions">
        <Link className="sigma-bouton" to={`/inscription/action/${action.id}/nouveau`} aria-label={`Nouveau stagiaire pour l'action ${action.numero}`}>
          Nouveau stagiaire
        </Link>
        <Link className="sigma-bouton sigma-bouton--secondaire" to={`/inscription/action/${action.id}/import`} aria-label={`Importer un fichier CSV pour l'action ${action.numero}`}>
          Importer un fichier CSV
        </Link>
      </p>
    </div>
  );
}
