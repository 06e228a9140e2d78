import { GraphiqueBarres } from "@sigma/ui-kit/components/graphique-barres";
import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDate } from "@sigma/ui-kit/lib/format";
import { getFragmentData, type FragmentType } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import type { StagiaireBilanFragment } from "../../../gql/graphql";
import { CONTRATS, MOMENTS, SITUATIONS, type Moment } from "../lib/regles";
import { FicheDeSuivi } from "./enquete";

export const stagiaireBilanFragment = graphql(/* GraphQL */ `
  fragment StagiaireBilan on Stagiaire {
    id
    nom
    prenom
    dateEntree
    dateSortie
    finFormation
    libelleMotifSortie
    enquetes {
      id
      moment
      situation
      contrat
    }
  }
`);

export const bilanPedagogiqueFragment = graphql(/* GraphQL */ `
  fragment BilanPedagogiqueVue on BilanPedagogique {
    stagiairesEntres
      stagiairesSortis
      finsDeFormation
      sortiesAnticipees
      complet
      sortiesParMotif {
        code
        libelle
        nombre
      }
      enquetes {
        moment
        attendues
        renseignees
        parSituation {
          code
          libelle
          nombre
        }
      }
  }
`);

type Stagiaire = StagiaireBilanFragment;

/** What a survey cell says: the situation (and contract) once filled. */
export function resumeEnquete(enquete: Stagiaire["enquetes"][number] | undefined): string {
  if (!enquete) return "Non renseignée";
  const situation = SITUATIONS.find((s) => s.code === enquete.situation)?.libelle ?? enquete.situation;
  const contrat = enquete.contrat ? CONTRATS.find((c) => c.code === enquete.contrat)?.libelle ?? enquete.contrat : null;
  return contrat ? `${situation} — ${contrat}` : situation;
}

export function colonnesBilans(onEnregistree: (message: string) => void): readonly Colonne<Stagiaire>[] {
  const cellule = (moment: Moment) => (s: Stagiaire) => {
    const enquete = s.enquetes.find((e) => e.moment === moment);
    if (!s.dateSortie) return <span className="sigma-discret">En formation</span>;
    return (
      <>
        <span className="sigma-cellule-texte">{resumeEnquete(enquete)}</span>
        <FicheDeSuivi stagiaire={s} moment={moment} existante={enquete ?? null} onEnregistree={onEnregistree} />
      </>
    );
  };
  return [
    { id: "nom", titre: "Nom", rendu: (s) => s.nom, cle: (s) => s.nom, enTeteDeLigne: true },
    { id: "prenom", titre: "Prénom", rendu: (s) => s.prenom, cle: (s) => s.prenom },
    { id: "debut", titre: "Date de début", rendu: (s) => formatDate(s.dateEntree) || "-", cle: (s) => s.dateEntree },
    {
      id: "fin",
      titre: "Date de fin",
      rendu: (s) => (s.dateSortie ? `${formatDate(s.dateSortie)}${s.finFormation === false ? ` (sortie anticipée${s.libelleMotifSortie ? ` : ${s.libelleMotifSortie}` : ""})` : ""}` : "-"),
      cle: (s) => s.dateSortie,
    },
    ...MOMENTS.map((m) => ({ id: m.code, titre: m.colonne, rendu: cellule(m.code) })),
  ];
}

/** Seed 001 § 3.7.2 « Tableau récapitulatif des stagiaires déclarés pour l'action ». */
export function Bilans({ numero, intitule, stagiaires, onEnregistree }: { numero: string; intitule: string; stagiaires: FragmentType<typeof stagiaireBilanFragment>[]; onEnregistree: (m: string) => void }) {
  const lignes = getFragmentData(stagiaireBilanFragment, stagiaires);
  return (
    <Tableau
      titre={`Tableau récapitulatif des stagiaires déclarés pour l'action : ${numero} - ${intitule}`}
      colonnes={colonnesBilans(onEnregistree)}
      lignes={lignes}
      cleLigne={(s) => s.id}
      vide="Aucun stagiaire déclaré."
      tri={{ colonne: "nom", sens: "ascending" }}
    />
  );
}

/** « Bilan pédagogique »: exits and surveys, pre-filled from the trainees' records; a chart of the situations at exit. */
export function BilanPedagogique(props: { action: { id: string; numero: string }; bilan: FragmentType<typeof bilanPedagogiqueFragment> }) {
  const { action } = props;
  const bilan = getFragmentData(bilanPedagogiqueFragment, props.bilan);
  const sortie = bilan.enquetes.find((e) => e.moment === "SORTIE");
  return (
    <section aria-labelledby={`bilan-${action.id}`} className="sigma-bloc-action">
      <h3 id={`bilan-${action.id}`}>{`Bilan pédagogique — ${action.numero}`}</h3>
      <dl className="sigma-resume">
        <div>
          <dt>Stagiaires entrés</dt>
          <dd>{bilan.stagiairesEntres}</dd>
        </div>
        <div>
          <dt>Stagiaires sortis</dt>
          <dd>{bilan.stagiairesSortis}</dd>
        </div>
        <div>
          <dt>Fins de formation</dt>
          <dd>{bilan.finsDeFormation}</dd>
        </div>
        <div>
          <dt>Sorties anticipées</dt>
          <dd>{bilan.sortiesAnticipees}</dd>
        </div>
        {bilan.enquetes.map((e) => (
          <div key={e.moment}>
            <dt>{MOMENTS.find((m) => m.code === e.moment)?.titre}</dt>
            <dd>{`${e.renseignees} / ${e.attendues} renseignée(s)`}</dd>
          </div>
        ))}
      </dl>
      <p className={bilan.complet ? "sigma-message sigma-message--succes" : "sigma-message sigma-message--avertissement"}>
        {bilan.complet
          ? "Bilan complet : chaque stagiaire sorti a sa fiche de suivi à la sortie."
          : "Bilan incomplet : la réception du bilan pédagogique par la Région conditionne le paiement du solde."}
      </p>
      {sortie && sortie.renseignees > 0 ? (
        <GraphiqueBarres titre={`Situation des stagiaires à la sortie — ${action.numero}`} barres={sortie.parSituation.map((r) => ({ libelle: r.libelle, valeur: r.nombre }))} />
      ) : null}
    </section>
  );
}
