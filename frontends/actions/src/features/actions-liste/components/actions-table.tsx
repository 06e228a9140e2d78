import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import type { ActionsListeQuery } from "../../../gql/graphql";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION, LIBELLE_STATUT_FACTURE } from "../lib/libelles";

type Action = ActionsListeQuery["actions"][number];

/** The list of actions, columns as in the seeds' « Liste des résultats », plus trainees and invoices. */
export function ActionsTable({ actions }: { actions: readonly Action[] }) {
  if (actions.length === 0) return <p className="sigma-vide">Aucune action de formation.</p>;
  return (
    <section aria-labelledby="actions-liste-titre">
      <h2 id="actions-liste-titre">Liste des résultats</h2>
      <p>Nombre de résultats : {actions.length}</p>
      <div className="sigma-table-defilement">
        <table className="sigma-table">
          <thead>
            <tr>
              <th scope="col">N° Contrat</th>
              <th scope="col">N° Action</th>
              <th scope="col">Intitulé de l'action</th>
              <th scope="col">Organisme</th>
              <th scope="col">Statut</th>
              <th scope="col">Année</th>
              <th scope="col">Date de début prévue</th>
              <th scope="col">Date de fin prévue</th>
              <th scope="col">Stagiaires</th>
              <th scope="col">Factures</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>{action.numeroContrat}</td>
                <td className="sigma-nowrap">{action.numero}</td>
                <td>{action.intitule}</td>
                <td>
                  {action.organisme.raisonSociale} <span className="sigma-discret">({action.organisme.code})</span>
                </td>
                <td>
                  <abbr title={LIBELLE_STATUT_ACTION[action.statut]}>{CODE_STATUT_ACTION[action.statut]}</abbr>
                </td>
                <td>{action.anneeProgrammation}</td>
                <td>{formatDate(action.dateDebutPrevue)}</td>
                <td>{formatDate(action.dateFinPrevue)}</td>
                <td>
                  <ListeStagiaires stagiaires={action.stagiaires} />
                </td>
                <td>
                  <ListeFactures factures={action.factures} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ListeStagiaires({ stagiaires }: { stagiaires: Action["stagiaires"] }) {
  if (stagiaires.length === 0) return <span className="sigma-discret">Aucun</span>;
  return (
    <ul className="sigma-liste">
      {stagiaires.map((s) => (
        <li key={s.id}>
          {s.nom.toUpperCase()} {s.prenom}
        </li>
      ))}
    </ul>
  );
}

function ListeFactures({ factures }: { factures: Action["factures"] }) {
  if (factures.length === 0) return <span className="sigma-discret">Aucune</span>;
  return (
    <ul className="sigma-liste">
      {factures.map((f) => (
        <li key={f.id} title={`N° ${f.numero}${f.periode ? ` — ${f.periode}` : ""} — HT ${formatMontant(f.montantHT)}`}>
          <span className="sigma-nowrap">{formatMontant(f.montantTTC)}</span> TTC{" "}
          <span className="sigma-discret">({LIBELLE_STATUT_FACTURE[f.statut]})</span>
        </li>
      ))}
    </ul>
  );
}
