import { useQuery } from "@apollo/client/react";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Avertissement, Chargement, Confirmation, Erreur } from "@sigma/ui-kit/components/status";
import { aujourdhuiParis, avant } from "@sigma/ui-kit/lib/dates";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { useState } from "react";
import { getFragmentData } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import { BilanPedagogique, Bilans, stagiaireBilanFragment } from "./bilans";
import { ClotureAction } from "./cloture";

const fermetureActionsQuery = graphql(/* GraphQL */ `
  query FermetureActions {
    actions {
      id
      numero
      intitule
      statut
      dateDebutPrevue
      dateFinPrevue
      dateDebutReelle
      dateFinReelle
      stagiaires {
        __typename
        ...StagiaireBilan
      }
      bilanPedagogique {
        __typename
        ...BilanPedagogiqueVue
      }
    }
  }
`);

/** « Fermeture » (seed 001 § 3.7): the exit surveys and the bilan, then closing each running action. */
export function Fermeture() {
  const { data, loading, error } = useQuery(fermetureActionsQuery);
  const [message, setMessage] = useState<string | null>(null);
  // Closed during this visit: still shown with its confirmation and the avenant warning.
  const [cloturees, setCloturees] = useState<ReadonlySet<string>>(new Set());
  if (loading && !data) return <Chargement>Chargement des actions…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const actions = data?.actions ?? [];
  const suivies = actions.filter((a) => a.statut === "EC" || a.statut === "CLOTUREE");
  const enCours = actions.filter((a) => a.statut === "EC" || cloturees.has(a.id));
  const aujourdhui = aujourdhuiParis();
  return (
    <Onglets
      titre="Fermeture"
      onglets={[
        {
          id: "bilans",
          titre: "Déclaration des bilans",
          contenu: (
            <>
              <h2>Liste des stagiaires</h2>
              <p>Complétez le bilan en renseignant la situation de chaque stagiaire à l'issue de la formation, puis 6 mois et un an après sa sortie.</p>
              {message ? <Confirmation>{message}</Confirmation> : null}
              {suivies.length === 0 ? <p className="sigma-vide">Aucune action en cours ni clôturée.</p> : null}
              {suivies.map((a) => (
                <section key={a.id} aria-labelledby={`bilans-${a.id}`} className="sigma-bloc-action">
                  <h3 id={`bilans-${a.id}`}>{`${a.numero} - ${a.intitule}`}</h3>
                  <Bilans numero={a.numero} intitule={a.intitule} stagiaires={a.stagiaires ?? []} onEnregistree={setMessage} />
                  {a.bilanPedagogique ? <BilanPedagogique action={a} bilan={a.bilanPedagogique} /> : null}
                </section>
              ))}
            </>
          ),
        },
        {
          id: "fermeture",
          titre: "Fermeture de l'action",
          contenu: (
            <>
              <h2>Actions en cours</h2>
              <Avertissement>
                Tous les stagiaires doivent être sortis de formation avant la fermeture. Si la date de fin réelle diffère de la date de fin prévue, contactez la Région pour un
                avenant.
              </Avertissement>
              {enCours.length === 0 ? <p className="sigma-vide">Aucune action en cours.</p> : null}
              {enCours.map((a) => (
                <div key={a.id}>
                  {a.statut === "EC" && avant(a.dateFinPrevue, aujourdhui) ? <p className="sigma-pastille sigma-pastille--alerte">{`${a.numero} : en retard de fermeture (fin prévue le ${formatDate(a.dateFinPrevue)})`}</p> : null}
                  <ClotureAction action={a} stagiaires={getFragmentData(stagiaireBilanFragment, a.stagiaires ?? [])} onCloturee={() => setCloturees((ids) => new Set(ids).add(a.id))} />
                </div>
              ))}
              {actions
                .filter((a) => a.statut === "CLOTUREE" && !cloturees.has(a.id))
                .map((a) => (
                  <p key={a.id}>{`${a.numero} - ${a.intitule} : clôturée, fin réelle le ${formatDate(a.dateFinReelle)}.`}</p>
                ))}
            </>
          ),
        },
      ]}
    />
  );
}
