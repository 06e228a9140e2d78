import { Tableau, type Colonne, type PaginationServeur } from "@sigma/ui-kit/components/tableau";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { Link } from "react-router";
import type { ActionsListeQuery } from "../../../gql/graphql";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION, LIBELLE_STATUT_FACTURE } from "../lib/libelles";

type Action = ActionsListeQuery["listeActions"]["nodes"][number];

/** The seeds' « Liste des résultats » columns, plus trainees and invoices; the catalogue's columns sort on the server. */
export const COLONNES: readonly Colonne<Action>[] = [
  { id: "contrat", titre: "N° Contrat", rendu: (a) => a.numeroContrat, triServeur: "NUMERO_CONTRAT" },
  { id: "numero", titre: "N° Action", rendu: (a) => <span className="sigma-nowrap">{a.numero}</span>, triServeur: "NUMERO", enTeteDeLigne: true },
  { id: "intitule", titre: "Intitulé de l'action", rendu: (a) => a.intitule, triServeur: "INTITULE" },
  {
    id: "organisme",
    titre: "Organisme",
    rendu: (a) => (
      <>
        {a.organisme.raisonSociale} <span className="sigma-discret">({a.organisme.code})</span>
      </>
    ),
  },
  { id: "statut", titre: "Statut", rendu: (a) => (a.statut ? <abbr title={LIBELLE_STATUT_ACTION[a.statut]}>{CODE_STATUT_ACTION[a.statut]}</abbr> : "—") },
  { id: "annee", titre: "Année", rendu: (a) => a.anneeProgrammation, triServeur: "ANNEE" },
  { id: "debut", titre: "Date de début prévue", rendu: (a) => formatDate(a.dateDebutPrevue), triServeur: "DATE_DEBUT_PREVUE" },
  { id: "fin", titre: "Date de fin prévue", rendu: (a) => formatDate(a.dateFinPrevue), triServeur: "DATE_FIN_PREVUE" },
  { id: "stagiaires", titre: "Stagiaires", rendu: (a) => <ListeStagiaires stagiaires={a.stagiaires} /> },
  { id: "factures", titre: "Factures", rendu: (a) => <ListeFactures factures={a.factures} /> },
  {
    id: "gestion",
    titre: "Gestion",
    rendu: (a) => (
      <Link to={`/actions/${encodeURIComponent(a.numero)}`} aria-label={`Gérer l'action de formation ${a.numero}`}>
        Gérer l'action
      </Link>
    ),
  },
];

export function ActionsTable({ actions, serveur }: { actions: readonly Action[]; serveur?: PaginationServeur }) {
  return (
    <section aria-labelledby="actions-liste-titre">
      <h2 id="actions-liste-titre">Liste des résultats</h2>
      <Tableau titre="Liste des résultats" colonnes={COLONNES} lignes={actions} cleLigne={(a) => a.id} vide="Aucune action de formation." serveur={serveur} />
    </section>
  );
}

function ListeStagiaires({ stagiaires }: { stagiaires: Action["stagiaires"] }) {
  if (!stagiaires) return <span className="sigma-discret">—</span>; // execution does not answer
  if (stagiaires.length === 0) return <span className="sigma-discret">Aucun</span>;
  return (
    <ul className="sigma-liste">
      {stagiaires.map((s) => (
        <li key={s.id} className="sigma-nowrap">
          {`${s.nom.toUpperCase()} ${s.prenom}`}
        </li>
      ))}
    </ul>
  );
}

function ListeFactures({ factures }: { factures: Action["factures"] }) {
  if (!factures) return <span className="sigma-discret">—</span>; // finance does not answer
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
