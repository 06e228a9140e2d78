import { DEMO } from "@sigma/kit/demo/demo-ids";
import type { DataSource } from "typeorm";
import { Facture } from "../facture/facture.entity.js";
import { StatutFacture } from "../facture/statut-facture.enum.js";

/** Seed 000's CRE intermédiaire (Septembre 2022 - Novembre 2022, 3 175,00 € HT = TTC, organisme exonéré). Idempotent. */
export async function seedFinance(db: DataSource): Promise<void> {
  await db.getRepository(Facture).upsert(
    [
      {
        id: 1,
        actionId: DEMO.actions.TEST_1,
        organismeId: DEMO.organismes.OR5159,
        numero: "23P0000000_TEST_1-CRE-1",
        periode: "Septembre 2022 - Novembre 2022",
        montantHT: 317_500,
        montantTTC: 317_500,
        statut: StatutFacture.EMISE,
        dateEmission: "2023-01-11",
      },
    ],
    ["id"],
  );
}
