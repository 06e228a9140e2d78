import { SANS_CACHE } from "@sigma/ui-kit/lib/lecture";
import { useQuery } from "@apollo/client/react";
import { GraphiqueBarres } from "@sigma/ui-kit/components/graphique-barres";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { Link } from "react-router";
import { getFragmentData, graphql } from "../../../gql";
import type { AccueilRoleQuery, IndicateursAccueilFragment } from "../../../gql/graphql";
import { compterParStatut } from "../lib/compteurs";
import { ListeActionsAccueil } from "./liste-actions";

const roleQuery = graphql(/* GraphQL */ `
  query AccueilRole {
    moi {
      id
      role
    }
  }
`);

/**
 * CARIF may not read the counters (tableauDeBord is refused to it): it gets the actions by statut
 * only. The chart's figures are totals counted by the server, never a download of every action.
 */
const accueilQuery = graphql(/* GraphQL */ `
  query Accueil($indicateurs: Boolean!) {
    tableauDeBord @include(if: $indicateurs) {
      ...IndicateursAccueil
    }
    toutes: listeActions(parPage: 1) {
      total
    }
    enCours: listeActionsParStatut(statuts: [EC], parPage: 1) {
      total
    }
    cloturees: listeActionsParStatut(statuts: [CLOTUREE], parPage: 1) {
      total
    }
    nonOuvertes: listeActionsParStatut(statuts: [NON_OUVERTE], parPage: 1) {
      total
    }
  }
`);

export const indicateursFragment = graphql(/* GraphQL */ `
  fragment IndicateursAccueil on TableauDeBord {
    __typename
    actionsEnAttenteOuverture
    actionsEnCours
    actionsEnRetardFermeture
    inscriptionsEnAttente
    declarationsEnAttente
  }
`);

/** The home page of seed 003: « MES ACTIONS » and « INDICATEURS DE SUIVI » side by side (the graph's tableauDeBord), then the actions. */
export function TableauDeBord() {
  const moi = useQuery(roleQuery, { fetchPolicy: SANS_CACHE });
  const role = moi.data?.moi.role;
  const { data, loading, error } = useQuery(accueilQuery, { fetchPolicy: SANS_CACHE, variables: { indicateurs: role !== "CARIF" }, skip: !role });
  if (moi.error && !moi.data) return <Erreur error={moi.error} />;
  if (error && !data) return <Erreur error={error} />;
  if (!role || (loading && !data)) return <Chargement>Chargement du tableau de bord…</Chargement>;
  if (!data) return null;
  const parStatut = compterParStatut({
    toutes: data.toutes.total,
    EC: data.enCours?.total ?? null,
    CLOTUREE: data.cloturees?.total ?? null,
    NON_OUVERTE: data.nonOuvertes?.total ?? null,
  });
  const indicateurs: Indicateurs = data.tableauDeBord
    ? getFragmentData(indicateursFragment, data.tableauDeBord)
    : { actionsEnAttenteOuverture: parStatut.AO, actionsEnCours: parStatut.EC };
  return (
    <>
      {role === "ORGANISME" ? <Bienvenue /> : null}
      <div className="sigma-panneaux">
        <MesActions indicateurs={indicateurs} role={role} />
        {data.tableauDeBord ? <IndicateursDeSuivi indicateurs={getFragmentData(indicateursFragment, data.tableauDeBord)} organisme={role === "ORGANISME"} /> : null}
      </div>
      <GraphiqueBarres
        titre="Répartition des actions par statut"
        barres={[
          { libelle: "En attente d'ouverture", valeur: parStatut.AO },
          { libelle: "En cours", valeur: parStatut.EC },
          { libelle: "Clôturées", valeur: parStatut.CLOTUREE },
          { libelle: "Non ouvertes", valeur: parStatut.NON_OUVERTE },
        ]}
      />
      <ListeActionsAccueil />
    </>
  );
}

/** The counters; without tableauDeBord (CARIF) only the actions by statut. */
type Indicateurs = Pick<IndicateursAccueilFragment, "actionsEnAttenteOuverture" | "actionsEnCours"> & Partial<IndicateursAccueilFragment>;

function Bienvenue() {
  return (
    <p className="sigma-chapeau">
      Cette plate-forme est l'interface entre la Région et vous pour l'exécution de vos actions de formation : date réelle de début et
      modalités de paiement, fiches d'entrée des stagiaires, déclarations mensuelles de réalisation, facturation, date réelle de fin et
      demande de solde.
    </p>
  );
}

export function MesActions({ indicateurs, role }: { indicateurs: Indicateurs; role: AccueilRoleQuery["moi"]["role"] }) {
  const organisme = role === "ORGANISME";
  return (
    <section className="sigma-panneau" aria-labelledby="accueil-mes-actions">
      <h2 id="accueil-mes-actions">{organisme ? "Mes actions" : "Actions de formation"}</h2>
      <div className="sigma-panneau__corps">
        <ul className="sigma-indicateurs">
          <Indicateur libelle="Actions en attente d'ouverture" valeur={indicateurs.actionsEnAttenteOuverture} lien={organisme ? "/ouverture" : undefined} />
          <Indicateur libelle="Actions en cours" valeur={indicateurs.actionsEnCours} />
          {indicateurs.actionsEnRetardFermeture === undefined ? null : (
            <Indicateur libelle="Actions en retard de fermeture" valeur={indicateurs.actionsEnRetardFermeture} alerte lien={organisme ? "/fermeture" : undefined} />
          )}
        </ul>
        <p className="sigma-actions">
          <Link className="sigma-bouton" to="/actions">
            {organisme ? "Voir toutes mes actions" : "Voir toutes les actions"}
          </Link>
        </p>
      </div>
    </section>
  );
}

function Indicateur({ libelle, valeur, alerte, lien }: { libelle: string; valeur: number; alerte?: boolean; lien?: string | undefined }) {
  return (
    <li>
      <span>{lien && valeur > 0 ? <Link to={lien}>{libelle}</Link> : libelle}</span>
      <span className={`sigma-valeur${alerte && valeur > 0 ? " sigma-valeur--alerte" : ""}`}>{valeur}</span>
    </li>
  );
}

/** Seed 003's right panel: partial trainee records and unconfirmed past months (execution's counts). */
export function IndicateursDeSuivi({ indicateurs, organisme }: { indicateurs: IndicateursAccueilFragment; organisme: boolean }) {
  return (
    <section className="sigma-panneau" aria-labelledby="accueil-indicateurs">
      <h2 id="accueil-indicateurs">Indicateurs de suivi</h2>
      <div className="sigma-panneau__corps">
        <ul className="sigma-indicateurs">
          <Indicateur libelle="Inscriptions en attente" valeur={indicateurs.inscriptionsEnAttente} alerte lien={organisme ? "/inscription" : undefined} />
          <Indicateur libelle="Déclarations de réalisations en attente" valeur={indicateurs.declarationsEnAttente} alerte lien={organisme ? "/suivi" : undefined} />
        </ul>
      </div>
    </section>
  );
}
