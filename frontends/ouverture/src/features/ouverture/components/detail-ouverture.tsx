import { useQuery } from "@apollo/client/react";
import { ChampDate } from "@sigma/ui-kit/components/champ-date";
import { Avertissement, Chargement, Erreur, Prochainement } from "@sigma/ui-kit/components/status";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ouvertureActionsQuery } from "./actions-a-ouvrir";

/**
 * Seed 003 step 3: « DÉTAIL DE L'OUVERTURE » of one action — the planned start (from the graph),
 * the real start date and the payment frequency. The opening itself belongs to the execution
 * domain, whose mutation is not in the graph yet: the form is shown, its button is not active.
 */
export function DetailOuverture() {
  const { numero = "" } = useParams();
  const { data, loading, error } = useQuery(ouvertureActionsQuery);
  const [dateReelle, setDateReelle] = useState<string | null>(null);
  if (loading && !data) return <Chargement>Chargement de l'action…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const action = data?.actions.find((a) => a.numero === numero);
  if (!action) return <Erreur>Action introuvable : {numero}.</Erreur>;
  return (
    <section aria-labelledby="ouverture-detail">
      <p className="sigma-fil">
        <Link to="..">Ouverture</Link> » {action.numero}
      </p>
      <h2 id="ouverture-detail">Détail de l'ouverture</h2>
      <p>
        <strong>{action.numero}</strong> — {action.intitule}
      </p>
      <p className="sigma-obligatoires">Les champs obligatoires sont marqués par un *.</p>
      <form className="sigma-formulaire" onSubmit={(e) => e.preventDefault()} aria-labelledby="ouverture-detail">
        <p>
          Date de début prévue : <strong>{formatDate(action.dateDebutPrevue)}</strong>
        </p>
        <ChampDate label="Date de début réelle" name="dateDebutReelle" valeur={dateReelle} onChange={setDateReelle} isRequired aide="jj/mm/aaaa — la date d'entrée du premier stagiaire." />
        <fieldset>
          <legend>Fréquence de paiement</legend>
          <div className="sigma-radios">
            {["Mensuel", "Trimestriel", "Trois acomptes"].map((frequence) => (
              <label key={frequence}>
                <input type="radio" name="frequence" value={frequence} defaultChecked={frequence === "Mensuel"} /> {frequence}
              </label>
            ))}
          </div>
        </fieldset>
        <Avertissement>Une fois la date d'ouverture réelle renseignée, il n'est plus possible de mettre l'action au statut « en attente d'ouverture ».</Avertissement>
        <Prochainement>L'ouverture en ligne sera possible dès que le service d'exécution la proposera.</Prochainement>
        <div className="sigma-actions">
          <Link to="..">Retour à la liste des actions</Link>
          <button type="submit" disabled>
            Valider le formulaire
          </button>
        </div>
      </form>
    </section>
  );
}
