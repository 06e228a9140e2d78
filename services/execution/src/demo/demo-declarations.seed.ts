import { DEMO } from "@sigma/kit/demo/demo-ids";
import type { EntityManager } from "typeorm";
import { DeclarationConfirmation } from "../declaration/confirmation.entity.js";
import { ZERO } from "../declaration/heures.js";
import { Realisation } from "../declaration/realisation.entity.js";
import { recalculerHeuresMois } from "../indicateurs/heures-mois.js";

/** [month, confirmed on, hours réalisées centre / entreprise of FRANCO, KOURNIKOVA, BORG, NADAL (trainees 1–4)]. */
const MOIS: [string, string, [number, number][]][] = [
  ["2022-09", "2022-10-10", [[30, 20], [30, 20], [25, 15], [15, 5]]],
  ["2022-10", "2022-11-10", [[30, 20], [30, 20], [20, 15], [20, 10]]],
  ["2022-11", "2022-12-09", [[20, 15], [20, 15], [15, 10], [15, 8]]],
];

/**
 * September to November 2022 confirmed on the test lot: 270 h centre and 173 h entreprise
 * réalisées, seed 000's CRE (« Réalisé 270,00 hc / 173,00 he »). Fixed ids: idempotent.
 */
export async function seedDeclarations(tx: EntityManager): Promise<void> {
  const actionId = DEMO.actions.TEST_1;
  const organismeId = DEMO.organismes.OR5159;
  await tx.getRepository(Realisation).upsert(
    MOIS.flatMap(([mois, , heures], m) =>
      heures.map(([centre, entreprise], s) => ({
        ...ZERO, id: m * 4 + s + 1, actionId, organismeId, stagiaireId: s + 1, mois, realiseesCentre: centre * 100, realiseesEntreprise: entreprise * 100,
      })),
    ),
    ["id"],
  );
  await recalculerHeuresMois(tx, actionId);
  await tx.getRepository(DeclarationConfirmation).upsert(
    MOIS.map(([mois, confirmeeLe], m) => ({
      id: m + 1, actionId, organismeId, mois, confirmeeLe, instant: Date.parse(`${confirmeeLe}T10:00:00+02:00`), auteur: "OR5159",
    })),
    ["id"],
  );
}
