import { useQuery } from "@apollo/client/react";
import { Onglets } from "@sigma/ui-kit/components/onglets";
import { Chargement, Erreur, Prochainement } from "@sigma/ui-kit/components/status";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { graphql } from "../../../gql/gql";
import type { InscriptionStagiairesQuery } from "../../../gql/graphql";

const inscriptionStagiairesQuery = graphql(/* GraphQL */ `
  query InscriptionStagiaires {
    actions {
      id
      numero
      intitule
      statut
      stagiaires {
        id
        nom
        prenom
        dateEntree
      }
    }
  }
`);

type Stagiaire = NonNullable<InscriptionStagiairesQuery["actions"][number]["stagiaires"]>[number];

/** Seed 001 § 3.2 « Liste des stagiaires » — the columns the graph provides today. */
export const COLONNES_STAGIAIRES: readonly Colonne<Stagiaire>[] = [
  { id: "nom", titre: "Nom", rendu: (s) => s.nom.toUpperCase(), cle: (s) => s.nom, enTeteDeLigne: true },
  { id: "prenom", titre: "Prénom", rendu: (s) => s.prenom, cle: (s) => s.prenom },
  { id: "entree", titre: "Date d'entrée", rendu: (s) => formatDate(s.dateEntree), cle: (s) => s.dateEntree },
];

/** One table per action: « Tableau récapitulatif des stagiaires déclarés pour l'action : … ». */
export function ListeStagiaires() {
  const { data, loading, error } = useQuery(inscriptionStagiairesQuery);
  if (loading && !data) return <Chargement>Chargement des stagiaires…</Chargement>;
  if (error && !data) return <Erreur error={error} />;
  const actions = (data?.actions ?? []).filter((a) => a.statut === "AO" || a.statut === "EC");
  return (
    <section aria-labelledby="inscription-liste">
      <h2 id="inscription-liste">Liste des stagiaires</h2>
      {actions.length === 0 ? <p className="sigma-vide">Aucune action en attente d'ouverture ou en cours.</p> : null}
      {actions.map((action) => (
        <div key={action.id} className="sigma-bloc-action">
          <h3>
            {action.numero} — {action.intitule}
          </h3>
          <Tableau
            titre={`Stagiaires déclarés pour l'action ${action.numero}`}
            colonnes={COLONNES_STAGIAIRES}
            lignes={action.stagiaires}
            cleLigne={(s) => s.id}
            vide="Aucun stagiaire déclaré pour cette action."
            tri={{ colonne: "nom", sens: "ascending" }}
          />
        </div>
      ))}
    </section>
  );
}

/** Seed 001 § 3.2: the trainee form's two tabs and the CSV import, whose mutations are not in the graph yet. */
export function DeclarationEntree() {
  return (
    <section aria-labelledby="inscription-declaration">
      <h2 id="inscription-declaration">Déclaration de l'entrée d'un stagiaire</h2>
      <Onglets
        titre="Fiche du stagiaire"
        onglets={[
          {
            id: "identite",
            titre: "Identité générale",
            contenu: <Prochainement>Civilité, nom, prénom, date de naissance, adresse, date d'entrée, niveau à l'entrée, prescripteur…</Prochainement>,
          },
          {
            id: "parcours",
            titre: "Définition de parcours",
            contenu: <Prochainement>Parcours professionnel envisagé, heures en centre et en entreprise, périodes, contenu de la formation…</Prochainement>,
          },
          {
            id: "import",
            titre: "Import CSV",
            contenu: <Prochainement>L'import d'un fichier de stagiaires et son compte rendu ligne par ligne.</Prochainement>,
          },
        ]}
      />
    </section>
  );
}
