import { DEMO } from "@sigma/kit/demo/demo-ids";
import { TypeAction } from "../action/type-action.enum.js";
import { LieuPeriode, TypePrestation } from "../composante/composante.enums.js";

/**
 * The demo offer, from the seeds: 004 (OR5159's test lot: composante 01 FORP with its three
 * prestations, session n° 01 and its information collective), 003 (GR237's HSTA lot and its
 * three composantes), 001 (the « résumé de l'action » fields). Figures the seeds do not give
 * (HSTA prices and volumes, numéros d'activité, sites other than CAP 2000 TEST) are invented
 * and plausible. Amounts in cents, hours in hundredths.
 */
export const DEMO_OFFRE = {
  marches: { PROJET_PRO: 1, HSTA: 2 },
  composantes: { FORP: 1, HSTA_3: 2, HSTA_4: 3, HSTA_6: 4 },
  sites: { CAP_2000: 1, MONTPELLIER: 2, TOULOUSE: 3 },
  sessions: { FORP_01: 1 },
  demandes: { FORP_01: 1 },
} as const;

const OR5159 = DEMO.organismes.OR5159;
const GR237 = DEMO.organismes.GR237;

export const ORGANISMES = [
  { id: OR5159, code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23", siret: "12345678900017", numeroActivite: "76340000034", adresse: "CAP 2000 TEST", complementAdresse: null, codePostal: "34500", ville: "BEZIERS", tauxTvaPointsDeBase: 0 },
  { id: GR237, code: "GR237", raisonSociale: "GRETA HAUTE-GARONNE", siret: "19310000000013", numeroActivite: "73310000031", adresse: "2 RUE VICTOR HUGO", complementAdresse: null, codePostal: "31000", ville: "TOULOUSE", tauxTvaPointsDeBase: 1960 },
];

export const SITES = [
  { id: DEMO_OFFRE.sites.CAP_2000, organismeId: OR5159, libelle: "CAP 2000 TEST", adresse: "CAP 2000 TEST", codePostal: "34500", ville: "BEZIERS" },
  { id: DEMO_OFFRE.sites.MONTPELLIER, organismeId: OR5159, libelle: "CENTRE MONTPELLIER", adresse: "12 TER ALLEE DE LA MADELEINE", codePostal: "34000", ville: "MONTPELLIER" },
  { id: DEMO_OFFRE.sites.TOULOUSE, organismeId: GR237, libelle: "GRETA TOULOUSE CENTRE", adresse: "2 RUE VICTOR HUGO", codePostal: "31000", ville: "TOULOUSE" },
];

export const MARCHES = [
  { id: DEMO_OFFRE.marches.PROJET_PRO, numero: "23P0000000", dispositif: "PROJET PRO 2023", programme: "PROJET PRO 2023 2023", consultation: "PROJET PRO 2023", anneeProgrammation: 2023, titulaireId: OR5159 },
  { id: DEMO_OFFRE.marches.HSTA, numero: "23C0390257", dispositif: "COMPETENCES PLUS 2023", programme: "COMPETENCES PLUS 2023", consultation: "Lot 39 - ENSEIGNEMENT FORMATION-PREPARATION AUX SELECTIONS DES FORMATIONS DU SANITAIRE ET SOCIAL", anneeProgrammation: 2023, titulaireId: GR237 },
];

const HSTA_INTITULE =
  "Lot 39 - ENSEIGNEMENT FORMATION-PREPARATION AUX SELECTIONS DES FORMATIONS DU SANITAIRE ET SOCIAL - DEPARTEMENT DE LA HAUTE GARONNE - HSTA";

/** Action 2: 3 × (2 000 hc × 9,80 + 350 he × 2,14) = 61 047,00 €. Action 1: FP 120 × 3 175,00 + HC 37 200 h × 7,00 + HE 16 800 h × 1,00 = 658 200,00 € (forfaits counted in centre). */
export const ACTIONS = [
  {
    id: DEMO.actions.TEST_1, numero: "23P0000000_TEST_1", intitule: "LOT TEST FORFAIT PARCOURS 2023", numeroContrat: "23P0000000",
    anneeProgrammation: 2023, dateDebutPrevue: "2022-09-01", dateFinPrevue: "2024-06-30", organismeId: OR5159, marcheId: DEMO_OFFRE.marches.PROJET_PRO,
    type: TypeAction.COLLECTIVE, effectifTotal: 120, effectifRemunere: 120, prixTotal: 65_820_000, prixCentre: 64_140_000, prixEntreprise: 1_680_000,
    dureeCentre: 31_000, dureeEntreprise: 14_000, lieu: "BEZIERS", departement: "34", secteur: "Formation projet professionnel", financementFse: false,
    numeroOperationSafir: null, numeroMarcheSafir: null, instanceDecisionnaire: "Commission permanente", dateVote: null,
  },
  {
    id: DEMO.actions.HSTA, numero: "23C00390257_1", intitule: HSTA_INTITULE, numeroContrat: "23C0390257",
    anneeProgrammation: 2023, dateDebutPrevue: "2023-01-02", dateFinPrevue: "2024-06-30", organismeId: GR237, marcheId: DEMO_OFFRE.marches.HSTA,
    type: TypeAction.COLLECTIVE, effectifTotal: 15, effectifRemunere: 12, prixTotal: 6_104_700, prixCentre: 5_880_000, prixEntreprise: 224_700,
    dureeCentre: 40_000, dureeEntreprise: 7_000, lieu: "TOULOUSE", departement: "31", secteur: "Santé - Social", financementFse: true,
    numeroOperationSafir: null, numeroMarcheSafir: null, instanceDecisionnaire: "Commission permanente", dateVote: null,
  },
];

const HSTA_COMPOSANTE = (niveau: string, diplomes: string) =>
  `HSTA - Formation professionnalisante COMPETENCES PLUS - Préparation aux sélections des formations de niveau ${niveau} du secteur sanitaire et social (${diplomes})`;

export const COMPOSANTES = [
  { id: DEMO_OFFRE.composantes.FORP, actionId: DEMO.actions.TEST_1, organismeId: OR5159, numero: "01", intitule: "FORP - Formation Projet Pro", dateDebut: "2022-09-01", dateFin: "2024-06-30", ville: "BEZIERS", codePostal: "34500" },
  { id: DEMO_OFFRE.composantes.HSTA_3, actionId: DEMO.actions.HSTA, organismeId: GR237, numero: "01", intitule: HSTA_COMPOSANTE("3", "DEAES, Ambulancier..."), dateDebut: "2023-01-02", dateFin: "2024-06-30", ville: "TOULOUSE", codePostal: "31000" },
  { id: DEMO_OFFRE.composantes.HSTA_4, actionId: DEMO.actions.HSTA, organismeId: GR237, numero: "02", intitule: HSTA_COMPOSANTE("4", "DEAS, DEAP, DEME, TISF"), dateDebut: "2023-01-02", dateFin: "2024-06-30", ville: "TOULOUSE", codePostal: "31000" },
  { id: DEMO_OFFRE.composantes.HSTA_6, actionId: DEMO.actions.HSTA, organismeId: GR237, numero: "03", intitule: HSTA_COMPOSANTE("6", "IDE, CESF, DEASS, DEES, DEEJE,..."), dateDebut: "2023-01-02", dateFin: "2024-06-30", ville: "TOULOUSE", codePostal: "31000" },
];

const heures = (effectif: number, moyen: number, min: number, max: number) => ({
  effectif, volumeMoyen: moyen * 100, volumeMinimal: min * 100, volumeMaximal: max * 100, volumeTotal: effectif * moyen * 100,
});

/** Seed 004's « Liste des composantes »: 120,00 fp; 37 200,00 hc (120 × 310); 16 800,00 he (120 × 140). */
export const PRESTATIONS = [
  { id: 1, composanteId: DEMO_OFFRE.composantes.FORP, organismeId: OR5159, type: TypePrestation.FP, libelle: "Forfait parcours Projet Pro", effectif: null, volumeMoyen: null, volumeMinimal: null, volumeMaximal: null, volumeTotal: 12_000, prixUnitaire: 317_500 },
  { id: 2, composanteId: DEMO_OFFRE.composantes.FORP, organismeId: OR5159, type: TypePrestation.HC, libelle: "Heure stagiaire centre", ...heures(120, 310, 200, 400), prixUnitaire: 700 },
  { id: 3, composanteId: DEMO_OFFRE.composantes.FORP, organismeId: OR5159, type: TypePrestation.HE, libelle: "Heure stagiaire entreprise", ...heures(120, 140, 100, 200), prixUnitaire: 100 },
  ...[DEMO_OFFRE.composantes.HSTA_3, DEMO_OFFRE.composantes.HSTA_4, DEMO_OFFRE.composantes.HSTA_6].flatMap((composanteId, i) => [
    { id: 4 + 2 * i, composanteId, organismeId: GR237, type: TypePrestation.HC, libelle: "Heure stagiaire centre", ...heures(5, 400, 300, 450), prixUnitaire: 980 },
    { id: 5 + 2 * i, composanteId, organismeId: GR237, type: TypePrestation.HE, libelle: "Heure stagiaire entreprise", ...heures(5, 70, 35, 105), prixUnitaire: 214 },
  ]),
];

export const PERIODES = [
  { id: 1, actionId: DEMO.actions.TEST_1, lieu: LieuPeriode.CENTRE, dateDebut: "2022-09-01", dateFin: "2024-06-30" },
  { id: 2, actionId: DEMO.actions.TEST_1, lieu: LieuPeriode.ENTREPRISE, dateDebut: "2022-10-03", dateFin: "2024-06-14" },
  { id: 3, actionId: DEMO.actions.HSTA, lieu: LieuPeriode.CENTRE, dateDebut: "2023-01-02", dateFin: "2024-06-30" },
  { id: 4, actionId: DEMO.actions.HSTA, lieu: LieuPeriode.ENTREPRISE, dateDebut: "2023-03-06", dateFin: "2023-04-14" },
];
