import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate, formatMontant } from "@sigma/ui-kit/lib/format";
import { Link } from "react-router";
import type { ActionsListeQuery } from "../../../gql/graphql";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION, LIBELLE_STATUT_FACTURE } from "../lib/libelles";

type Action = ActionsListeQuery["actions"][number];

/** The seeds' « Liste des résultats » columns, plus trainees and invoices; sortable, paginated. */
const COLONNES: readonly Colonne<Action>[] = [
  { id: "contrat", titre: "N° Contrat", rendu: (a) => a.numeroContrat, cle: (a) => a.numeroContrat },
  { id: "numero", titre: "N° Action", rendu: (a) => <span className="sigma-nowrap">{a.numero}</span>, cle: (a) => a.numero, enTeteDeLigne: true },
  { id: "intitule", titre: "Intitulé de l'action", rendu: (a) => a.intitule, cle: (a) => a.intitule },
  {
    id: "organisme",
    titre: "Organisme",
    rendu: (a) => (
      <>
        {a.organisme.raisonSociale} <span className="sigma-discret">({a.organisme.code})</span>
      </>
    ),
    cle: (a) => a.organisme.raisonSociale,
  },
  { id: "statut", titre: "Statut", rendu: (a) => (a.statut ? <abbr title={LIBELLE_STATUT_ACTION[a.statut]}>{CODE_STATUT_ACTION[a.statut]}</abbr> : "—"), cle: (a) => a.statut ?? "" },
  { id: "annee", titre: "Année", rendu: (a) => a.anneeProgrammation, cle: (a) => a.anneeProgrammation },
  { id: "debut", titre: "Date de début prévue", rendu: (a) => formatDate(a.dateDebutPrevue), cle: (a) => a.dateDebutPrevue },
  { id: "fin", titre: "Date de fin prévue", rendu: (a) => formatDate(a.dateFinPrevue), cle: (a) => a.dateFinPrevue },
  { id: "stagiaires", titre: "Stagiaires", rendu: (a) => <ListeStagiaires stagiaires={a.stagiaires} />, cle: (a) => a.stagiaires?.length ?? -1 },
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

export function ActionsTable({ actions }: { actions: readonly Action[] }) {
  return (
    <section aria-labelledby="actions-liste-titre">
      <h2 id="actions-liste-titre">Liste des résultats</h2>
      <Tableau titre="Liste des résultats" colonnes={COLONNES} lignes={actions} cleLigne={(a) => a.id} vide="Aucune action de formation." />
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
