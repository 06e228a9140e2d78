import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, openServiceDb, type ServiceDb } from "../support/service-db.js";

/**
 * catalogue's relay of Région-validated real start dates to execution (through the gateway, with
 * the kit's ServiceGraphClient), on real processes: a business refusal by execution is final and
 * recorded with its reason; an unreachable execution is retried, with back-off, until it answers.
 */
const databases = await databasesUnderTest();

interface Row {
  tentatives: number;
  derniere_erreur: string | null;
  appliquee_le: number | null;
  refusee_le: number | null;
  prochain_essai_le: number;
}

describe.each(databases)("propagation relay on %s", (database) => {
  let stack: Stack;
  let catalogue: ServiceDb;
  const row = async (reference: string): Promise<Row> => {
    const [r] = await catalogue.query<Row>("SELECT tentatives, derniere_erreur, appliquee_le, refusee_le, prochain_essai_le FROM propagation_date_reelle WHERE reference = ?", [reference]);
    return { ...r!, tentatives: Number(r!.tentatives), prochain_essai_le: Number(r!.prochain_essai_le), appliquee_le: r!.appliquee_le === null ? null : Number(r!.appliquee_le), refusee_le: r!.refusee_le === null ? null : Number(r!.refusee_le) };
  };
  const pending = (reference: string, actionId: number, date: string) =>
    catalogue.query("INSERT INTO propagation_date_reelle (reference, action_id, date, cree_le, tentatives, prochain_essai_le) VALUES (?, ?, ?, ?, 0, 0)", [reference, actionId, date, Date.now()]);

  beforeAll(async () => {
    stack = await startStack({ database, env: { SUBGRAPH_TIMEOUT_MS: "2000" } });
    catalogue = await openServiceDb(stack, "catalogue");
  });
  afterAll(async () => {
    await catalogue?.close();
    await stack?.stop();
  });

  it("records execution's refusal with its reason and never sends it again", async () => {
    // Action 1 has hours declared since 2022: execution refuses to move its real start to 2030 (CONFLICT);
    // action 2 is not opened, execution does not follow it (NOT_FOUND).
    await pending("essai-refus", 1, "2030-01-15");
    await pending("essai-inconnue", 2, "2023-01-09");
    const tried = async (reference: string) => ((await row(reference)).tentatives > 0 ? row(reference) : undefined);
    const refused = await eventually(() => tried("essai-refus"), 15_000, "premier essai");
    expect(refused).toMatchObject({ tentatives: 1, appliquee_le: null });
    expect(refused.derniere_erreur).toMatch(/^CONFLICT : Des heures sont déclarées avant .+ : la date de début réelle ne peut pas passer au 15\/01\/2030\.$/);
    expect(refused.refusee_le).toBeGreaterThan(0);
    expect(await eventually(() => tried("essai-inconnue"), 15_000, "premier essai")).toMatchObject({ tentatives: 1, derniere_erreur: "NOT_FOUND : Action introuvable." });
    // The relay polls every second: three more rounds leave both alone.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect((await row("essai-refus")).tentatives).toBe(1);
    expect((await row("essai-inconnue")).tentatives).toBe(1);
    expect(stack.logs("catalogue")).toMatch(/refusée par execution \(définitif\).*essai-refus/);
  });

  it("retries an unreachable execution with back-off, then applies the date once it is back", async () => {
    const region = await login(stack.gatewayUrl, "REGION");
    const read = await graphql<{ actionParId: { dateDebutReelle: string } }>(stack.gatewayUrl, "{ actionParId(id: 1) { dateDebutReelle } }", {}, region);
    const date = read.body.data!.actionParId.dateDebutReelle;
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await stack.stopService("execution");
    try {
      await pending("essai-panne", 1, date);
      const waiting = await eventually(async () => ((await row("essai-panne")).tentatives > 0 ? row("essai-panne") : undefined), 15_000, "essai pendant la panne");
      expect(waiting.refusee_le).toBeNull();
      expect(waiting.appliquee_le).toBeNull();
      expect(waiting.derniere_erreur).toMatch(/^SERVICE_UNAVAILABLE : Un service de SIGMA-graph est momentanément indisponible/);
      // Back-off: the next attempt is at least 5 s away.
      expect(waiting.prochain_essai_le - Date.now()).toBeGreaterThan(2_000);
    } finally {
      await stack.startService("execution");
    }
    const applied = await eventually(async () => {
      const r = await row("essai-panne");
      return r.appliquee_le ? r : undefined;
    }, 40_000, "date appliquée après le retour d'execution");
    expect(applied.refusee_le).toBeNull();
    expect(applied.derniere_erreur).toBeNull();
    expect(applied.tentatives).toBeGreaterThanOrEqual(2);
  });
});
