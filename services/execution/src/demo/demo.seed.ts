import { DEMO } from "@sigma/kit/demo/demo-ids";
import type { DataSource } from "typeorm";
import { ActionSuivi } from "../action/action-suivi.entity.js";
import { StatutAction } from "../action/statut-action.enum.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";

/** The trainees of seed 001's table on the test lot (which seed 004 shows en cours). Idempotent. */
export async function seedExecution(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.getRepository(ActionSuivi).upsert([{ actionId: DEMO.actions.TEST_1, statut: StatutAction.EC }], ["actionId"]);
    await tx.getRepository(Stagiaire).upsert(
      [
        { id: 1, actionId: DEMO.actions.TEST_1, organismeId: DEMO.organismes.OR5159, nom: "FRANCO", prenom: "ROBERTO", dateEntree: "2022-09-01" },
        { id: 2, actionId: DEMO.actions.TEST_1, organismeId: DEMO.organismes.OR5159, nom: "KOURNIKOVA", prenom: "ANNA", dateEntree: "2022-09-01" },
        { id: 3, actionId: DEMO.actions.TEST_1, organismeId: DEMO.organismes.OR5159, nom: "BORG", prenom: "BJON", dateEntree: "2022-09-05" },
        { id: 4, actionId: DEMO.actions.TEST_1, organismeId: DEMO.organismes.OR5159, nom: "NADAL", prenom: "RAFAEL", dateEntree: "2022-09-12" },
      ],
      ["id"],
    );
  });
}
