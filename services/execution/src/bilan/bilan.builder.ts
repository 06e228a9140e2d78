import type { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { MOTIFS_SORTIE, type MotifSortie } from "../stagiaire/stagiaire.enums.js";
import { BilanEnquete, BilanPedagogique, Repartition } from "./bilan.type.js";
import type { Enquete } from "./enquete.entity.js";
import { ContratTravail, MomentEnquete, SituationStagiaire } from "./enquete.enums.js";
import { ouvertureEnquete } from "./enquete.rules.js";

const SITUATIONS: Record<SituationStagiaire, string> = {
  EMPLOI_SECTEUR: "Emplois dans le secteur d'activité de la formation suivie",
  EMPLOI_AUTRE_SECTEUR: "Emplois dans un autre secteur",
  AUTRE_SITUATION: "Autre situation",
};
const CONTRATS: Record<ContratTravail, string> = {
  CDI: "CDI", CDD_PLUS_6_MOIS: "CDD + 6 mois", CDD_MOINS_6_MOIS: "CDD - 6 mois", CONTRAT_AIDE: "Contrats aidés", INTERIM: "Intérim", AUTRE: "Autres contrats",
};

function repartition<K extends string>(labels: Record<K, string>, values: K[]): Repartition[] {
  return (Object.keys(labels) as K[]).map((code) => ({ code, libelle: labels[code], nombre: values.filter((v) => v === code).length }));
}

/** « Bilan complet » (finance waits for it before the solde): every trainee who entered has an exit survey. */
export function bilanComplet(stagiaires: Pick<Stagiaire, "id" | "dateEntree">[], enquetes: Pick<Enquete, "stagiaireId" | "moment">[]): boolean {
  const entres = stagiaires.filter((s) => s.dateEntree !== null);
  const sortie = new Set(enquetes.filter((e) => e.moment === MomentEnquete.SORTIE).map((e) => e.stagiaireId));
  return entres.length > 0 && entres.every((s) => sortie.has(s.id));
}

/** Aggregates the trainees' exits and surveys into the action's bilan pédagogique. */
export function construireBilan(stagiaires: Stagiaire[], enquetes: Enquete[], aujourdhui: string): BilanPedagogique {
  const entres = stagiaires.filter((s) => s.dateEntree !== null);
  const sortis = entres.filter((s) => s.dateSortie !== null);
  const anticipees = sortis.filter((s) => s.finFormation === false);
  const ids = new Set(entres.map((s) => s.id));
  return {
    stagiairesEntres: entres.length,
    stagiairesSortis: sortis.length,
    finsDeFormation: sortis.filter((s) => s.finFormation === true).length,
    sortiesAnticipees: anticipees.length,
    sortiesParMotif: repartition(MOTIFS_SORTIE, anticipees.map((s) => s.motifSortie).filter((m): m is MotifSortie => m !== null)),
    enquetes: Object.values(MomentEnquete).map((moment): BilanEnquete => {
      const fiches = enquetes.filter((e) => e.moment === moment && ids.has(e.stagiaireId));
      return {
        moment,
        attendues: sortis.filter((s) => ouvertureEnquete(s.dateSortie!, moment) <= aujourdhui).length,
        renseignees: fiches.length,
        parSituation: repartition(SITUATIONS, fiches.map((e) => e.situation)),
        parContrat: repartition(CONTRATS, fiches.map((e) => e.contrat).filter((c): c is ContratTravail => c !== null)),
      };
    }),
    complet: bilanComplet(stagiaires, enquetes),
  };
}
