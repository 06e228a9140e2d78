import { DEMO } from "@sigma/kit/demo/demo-ids";
import type { DataSource } from "typeorm";
import { ActionSuivi } from "../action/action-suivi.entity.js";
import { FrequencePaiement } from "../action/frequence-paiement.enum.js";
import { StatutAction } from "../action/statut-action.enum.js";
import {
  Civilite, DureeChomage, Nationalite, NiveauEntree, OrganismeRemuneration, Prescripteur, Sexe, TrancheAge,
} from "../stagiaire/stagiaire.enums.js";
import { ParcoursIndividualise } from "../stagiaire/parcours.entity.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { seedDeclarations } from "./demo-declarations.seed.js";

const OR5159 = DEMO.organismes.OR5159;
const TEST_1 = DEMO.actions.TEST_1;

/** Seed 001's trainees (names, birth dates, INSEE codes of its recap table) on seed 000/004's test lot. */
const STAGIAIRES: Partial<Stagiaire>[] = [
  { id: 1, civilite: Civilite.M, nom: "FRANCO", prenom: "ROBERTO", dateNaissance: "1982-06-09", sexe: Sexe.MASCULIN, codeInsee: "11013", dateEntree: "2022-09-01", trancheAge: TrancheAge.DE_26_A_44 },
  { id: 2, civilite: Civilite.MME, nom: "KOURNIKOVA", prenom: "ANNA", dateNaissance: "1980-05-15", sexe: Sexe.FEMININ, codeInsee: "14118", dateEntree: "2022-09-01", trancheAge: TrancheAge.DE_26_A_44 },
  { id: 3, civilite: Civilite.M, nom: "BORG", prenom: "BJON", dateNaissance: "1972-06-16", sexe: Sexe.MASCULIN, codeInsee: "36007", dateEntree: "2022-09-05", trancheAge: TrancheAge.DE_45_A_54 },
  { id: 4, civilite: Civilite.M, nom: "NADAL", prenom: "RAFAEL", dateNaissance: "1986-06-03", sexe: Sexe.MASCULIN, codeInsee: "11054", dateEntree: "2022-09-12", trancheAge: TrancheAge.DE_26_A_44 },
];

/**
 * Individualised paths of FRANCO, KOURNIKOVA and BORG (NADAL has none): seed 000's CRE « Prescrit »
 * column, 3,00 fp, 850,00 hc (300 + 300 + 250) and 400,00 he (150 + 150 + 100) — « 117 fp
 * disponibles » out of 120. Hours in hundredths.
 */
const PARCOURS: [number, number, number, string][] = [[1, 30_000, 15_000, "2022-09-01"], [2, 30_000, 15_000, "2022-09-01"], [3, 25_000, 10_000, "2022-09-05"]];

/**
 * The test lot is en cours since its planned start (01/09/2022, seed 004), paid quarterly
 * (seed 000: « La facturation est trimestrielle »), with its four trainees and the confirmed
 * months behind seed 000's CRE. Idempotent: upserts on fixed keys.
 */
export async function seedExecution(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.getRepository(ActionSuivi).upsert(
      [
        {
          actionId: TEST_1, organismeId: OR5159, statut: StatutAction.EC, dateDebutReelle: "2022-09-01",
          frequencePaiement: FrequencePaiement.TRIMESTRIEL, ouverteLe: Date.parse("2022-09-01T09:00:00+02:00"),
        },
      ],
      ["actionId"],
    );
    await tx.getRepository(Stagiaire).upsert(
      STAGIAIRES.map((s) => ({
        ...s,
        actionId: TEST_1,
        organismeId: OR5159,
        nationalite: Nationalite.FRANCAISE,
        adresse: "2 RUE VICTOR HUGO",
        codePostal: "34500",
        ville: "BEZIERS",
        organismeRemuneration: OrganismeRemuneration.REGION,
        niveauEntree: NiveauEntree.NIVEAU_V,
        dureeChomage: DureeChomage.DE_6_A_11_MOIS,
        prescripteur: Prescripteur.MISSION_LOCALE,
        beneficiaireRmi: false,
        travailleurHandicape: false,
        complet: true,
        champsManquantsJson: "[]",
      })),
      ["id"],
    );
    await tx.getRepository(ParcoursIndividualise).upsert(
      PARCOURS.map(([stagiaireId, heuresCentre, heuresEntreprise, dateDebut]) => ({
        stagiaireId, organismeId: OR5159, parcoursEnvisage: "Projet professionnel", heuresCentre, heuresEntreprise, nombrePeriodesEntreprise: 1,
        modulesEnseignementGeneral: "Remise à niveau", modulesEnseignementProfessionnel: "Construction du projet professionnel",
        objectifsPeriodesEntreprise: "Découverte des métiers visés", objectifsFormation: "Projet professionnel validé", vaeEnvisagee: false,
        dateDebut, dateFin: "2023-06-30",
      })),
      ["stagiaireId"],
    );
    await seedDeclarations(tx);
  });
}
