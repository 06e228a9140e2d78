import { formatDate, formatHeures, formatMontant } from "@sigma/ui-kit/lib/format";
import { CODE_STATUT_ACTION, LIBELLE_STATUT_ACTION } from "@sigma/ui-kit/lib/libelles";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const identificationFragment = graphql(/* GraphQL */ `
  fragment IdentificationAction on Action {
    __typename
    intitule
    numero
    numeroContrat
    statut
    type
    organisme {
      id
      raisonSociale
    }
    marche {
      id
      dispositif
      consultation
      programme
    }
    dateDebutPrevue
    dateFinPrevue
    dateDebutReelle
    effectifTotal
    effectifRemunere
    prixTotal
    dureeCentre
    dureeEntreprise
    lieu
    departement
    secteur
  }
`);

/** Seed 004's « IDENTIFICATION DE L'ACTION DE FORMATION » (the résumé). */
export function Identification({ action: fragment }: { action: FragmentType<typeof identificationFragment> }) {
  const a = getFragmentData(identificationFragment, fragment);
  const lignes: [string, string][] = [
    ["Intitulé de l'action", a.intitule],
    ["Numéro d'action", a.numero],
    ["Numéro de contrat / convention", a.numeroContrat],
    ["Titulaire/Mandataire", a.organisme.raisonSociale],
    ["Statut de l'action", a.statut ? `${CODE_STATUT_ACTION[a.statut]} (${LIBELLE_STATUT_ACTION[a.statut]})` : "—"],
    ["Dispositifs", a.marche.dispositif],
    ["Consultation / Appel à projets", a.marche.consultation],
    ["Programmes", a.marche.programme],
    ["Type d'action", a.type === "COLLECTIVE" ? "Collective" : "Individualisée"],
    ["Début prévu le", formatDate(a.dateDebutPrevue)],
    ["Fin prévue le", formatDate(a.dateFinPrevue)],
    ["Date de début réelle", formatDate(a.dateDebutReelle) || "-"],
    ["Effectif", `${a.effectifTotal} (dont ${a.effectifRemunere} rémunérés)`],
    ["Durée en centre", formatHeures(a.dureeCentre, "h")],
    ["Durée en entreprise", formatHeures(a.dureeEntreprise, "h")],
    ["Prix total", formatMontant(a.prixTotal)],
    ["Lieu", `${a.lieu} (${a.departement})`],
    ["Secteur d'activité", a.secteur],
  ];
  return (
    <section aria-labelledby="identification-titre">
      <h3 id="identification-titre">Identification de l'action de formation</h3>
      <dl className="sigma-resume">
        {lignes.map(([terme, valeur]) => (
          <div key={terme}>
            <dt>{terme} :</dt>
            <dd>{valeur}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
