import { Tableau, type Colonne } from "@sigma/ui-kit/components/tableau";
import { formatDecimal, formatHeures } from "@sigma/ui-kit/lib/format";
import { libelleMois } from "@sigma/ui-kit/lib/saisie";
import { getFragmentData, type FragmentType } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import type { CreTableFragment } from "../../../gql/graphql";

export const creTableFragment = graphql(/* GraphQL */ `
  fragment CreTable on Cre {
    moisAValider
      periodeFacturation
      tauxRealisationPointsDeBase
      lignes {
        prestation
        libelle
        unite
        contractualise
        prescrit
        realise
        facture
        periodeCourante
        disponibles
      }
  }
`);

type Ligne = CreTableFragment["lignes"][number];

/** « - Forfait parcours Projet Pro (117 fp disponibles) », as the CRE of seed 000 names its rows. */
export function libellePrestation(l: Pick<Ligne, "libelle" | "unite" | "disponibles">): string {
  return l.disponibles !== null && l.disponibles !== undefined ? `${l.libelle} (${formatDecimal(l.disponibles).replace(/,00$/, "")} ${l.unite} disponibles)` : l.libelle;
}

/** "1234" points de base → « 12,34 % ». */
export const formatTaux = (pointsDeBase: number) => `${formatDecimal((pointsDeBase / 100).toFixed(2))} %`;

export function colonnesCre(moisAValider: string | null | undefined): readonly Colonne<Ligne>[] {
  const q = (valeur: string | null | undefined, l: Ligne) => (valeur === null || valeur === undefined ? "-" : <span className="sigma-nowrap">{formatHeures(valeur, l.unite)}</span>);
  return [
    { id: "prestation", titre: "Prestations", rendu: (l) => libellePrestation(l), enTeteDeLigne: true },
    { id: "contractualise", titre: "Contractualisé", rendu: (l) => q(l.contractualise, l) },
    { id: "prescrit", titre: "Prescrit", rendu: (l) => q(l.prescrit, l) },
    { id: "realise", titre: "Réalisé", rendu: (l) => q(l.realise, l) },
    { id: "facture", titre: "Facturé", rendu: (l) => q(l.facture, l) },
    { id: "courante", titre: moisAValider ? libelleMois(moisAValider, true) : "Période en cours", rendu: (l) => q(l.periodeCourante, l) },
  ];
}

/** Seed 000's compte-rendu d'exécution of one action: « A valider », the billing period and the table. */
export function Cre(props: { action: { id: string; numero: string; intitule: string }; cre: FragmentType<typeof creTableFragment> | null | undefined }) {
  const { action } = props;
  const cre = props.cre ? getFragmentData(creTableFragment, props.cre) : null;
  const titre = `Compte-rendu d'exécution — ${action.numero}`;
  return (
    <section aria-labelledby={`cre-${action.id}`} className="sigma-bloc-action">
      <h3 id={`cre-${action.id}`}>{`${action.numero} - ${action.intitule}`}</h3>
      {cre ? (
        <>
          <dl className="sigma-resume">
            <div>
              <dt>A valider :</dt>
              <dd>{cre.moisAValider ? libelleMois(cre.moisAValider, true) : "-"}</dd>
            </div>
            <div>
              <dt>Période de facturation :</dt>
              <dd>{cre.periodeFacturation ?? "-"}</dd>
            </div>
            <div>
              <dt>Taux de réalisation :</dt>
              <dd>{formatTaux(cre.tauxRealisationPointsDeBase)}</dd>
            </div>
          </dl>
          <Tableau titre={titre} colonnes={colonnesCre(cre.moisAValider)} lignes={cre.lignes} cleLigne={(l) => l.prestation} vide="Aucune prestation." />
        </>
      ) : (
        <p>Le compte-rendu d'exécution s'affiche une fois l'action ouverte.</p>
      )}
    </section>
  );
}
