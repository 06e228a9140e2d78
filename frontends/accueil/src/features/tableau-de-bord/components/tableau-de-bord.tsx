import { useQuery } from "@apollo/client/react";
import { GraphiqueBarres } from "@sigma/ui-kit/components/graphique-barres";
import { Chargement, Erreur } from "@sigma/ui-kit/components/status";
import { aujourdhuiParis } from "@sigma/ui-kit/lib/dates";
import { Link } from "react-router";
import { graphql } from "../../../gql/gql";
import type { AccueilQuery } from "../../../gql/graphql";
import { compter, type Compteurs } from "../lib/compteurs";

const accueilQuery = graphql(/* GraphQL */ `
  query Accueil {
    moi {
      id
      role
      organisme {
        id
        raisonSociale
      }
    }
    actions {
      id
      statut
      dateFinPrevue
    }
  }
`);

/** The home page of seed 003: « MES ACTIONS » and « INDICATEURS DE SUIVI », side by side. */
export function TableauDeBord() {
  const { data, loading, error } = useQuery(accueilQuery);
  if (loading && !data) return <Chargement>Chargement du tableau de bord…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  if (!data) return null;
  const compteurs = compter(data.actions, aujourdhuiParis());
  return (
    <>
      {data.moi.role === "ORGANISME" ? <Bienvenue /> : null}
      <div className="sigma-panneaux">
        <MesActions compteurs={compteurs} role={data.moi.role} />
        {data.moi.role === "CARIF" ? null : <IndicateursDeSuivi />}
      </div>
      <GraphiqueBarres
        titre="Répartition des actions par statut"
        barres={[
          { libelle: "En attente d'ouverture", valeur: compteurs.parStatut.AO },
          { libelle: "En cours", valeur: compteurs.parStatut.EC },
          { libelle: "Clôturées", valeur: compteurs.parStatut.CLOTUREE },
          { libelle: "Non ouvertes", valeur: compteurs.parStatut.NON_OUVERTE },
        ]}
      />
    </>
  );
}

function Bienvenue() {
  return (
    <p className="sigma-chapeau">
      Cette plate-forme est l'interface entre la Région et vous pour l'exécution de vos actions de formation : date réelle de début et
      modalités de paiement, fiches d'entrée des stagiaires, déclarations mensuelles de réalisation, facturation, date réelle de fin et
      demande de solde.
    </p>
  );
}

function MesActions({ compteurs, role }: { compteurs: Compteurs; role: AccueilQuery["moi"]["role"] }) {
  const organisme = role === "ORGANISME";
  return (
    <section className="sigma-panneau" aria-labelledby="accueil-mes-actions">
      <h2 id="accueil-mes-actions">{organisme ? "Mes actions" : "Actions de formation"}</h2>
      <div className="sigma-panneau__corps">
        <ul className="sigma-indicateurs">
          <Indicateur libelle="Actions en attente d'ouverture" valeur={compteurs.enAttenteOuverture} lien={organisme ? "/ouverture" : undefined} />
          <Indicateur libelle="Actions en cours" valeur={compteurs.enCours} />
          <Indicateur libelle="Actions en retard de fermeture" valeur={compteurs.enRetardFermeture} alerte lien={organisme ? "/fermeture" : undefined} />
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

/** Counts owned by the execution domain (partial trainee records, unconfirmed declarations): not in the graph yet. */
function IndicateursDeSuivi() {
  return (
    <section className="sigma-panneau" aria-labelledby="accueil-indicateurs">
      <h2 id="accueil-indicateurs">Indicateurs de suivi</h2>
      <div className="sigma-panneau__corps">
        <ul className="sigma-indicateurs">
          <li>
            <span>Inscriptions en attente</span>
            <span className="sigma-discret">Données disponibles prochainement</span>
          </li>
          <li>
            <span>Déclarations de réalisations en attente</span>
            <span className="sigma-discret">Données disponibles prochainement</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
