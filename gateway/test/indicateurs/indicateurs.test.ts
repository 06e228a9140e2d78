import path from "node:path";
import { catalogue } from "@sigma/catalogue/subgraph";
import { execution } from "@sigma/execution/subgraph";
import { compter } from "@sigma/execution/tableau/tableau.rules";
import { finance } from "@sigma/finance/subgraph";
import { openDatabase } from "@sigma/kit/db/data-source";
import type { DatabaseConfig } from "@sigma/kit/db/database-config";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest, MYSQL_URL } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendu, type Filtre } from "./attendu.js";
import { construireJeu, type Jeu } from "./jeu.js";
import { TABLEAU } from "./tableau.query.js";

/**
 * Issue 8 on the real stack: a known dataset written into the three databases, then every
 * dashboard figure asked through the gateway in ONE query and compared, exactly, with the
 * figures recomputed in JavaScript from the dataset (attendu.ts); scoping; SQL statements.
 */
const databases = await databasesUnderTest();
const AUJOURDHUI = "2032-06-20";

function config(stack: Stack, name: string): DatabaseConfig {
  return stack.database === "sqlite"
    ? { kind: "sqlite", file: path.join(stack.dataDir, `${name}.sqlite`) }
    : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}${name}` };
}

async function insert(db: DataSource, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    const columns = Object.keys(chunk[0]!);
    await db.query(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ")}`,
      chunk.flatMap((row) => columns.map((c) => row[c] ?? null)),
    );
  }
}

/** Writes the dataset into the stack's three databases (as the subgraphs' own writes would have left them). */
async function charger(stack: Stack, jeu: Jeu): Promise<void> {
  for (const [subgraph, tables] of [[catalogue, jeu.catalogue], [execution, jeu.execution], [finance, jeu.finance]] as const) {
    const db = await openDatabase(config(stack, subgraph.name), subgraph.model);
    try {
      for (const [table, rows] of Object.entries(tables)) if (rows.length) await insert(db, table, rows);
    } finally {
      await db.destroy();
    }
  }
}

const DEUX = 9_002;
const DEUX_CENTS = 9_003;

async function creerOrganismes(stack: Stack, ids: number[]): Promise<void> {
  const db = await openDatabase(config(stack, catalogue.name), catalogue.model);
  try {
    await insert(db, "organisme", ids.map((id) => ({ id, code: `OF${id}`, raison_sociale: `ORGANISME ${id}`, siret: String(10_000_000_000_000 + id), code_postal: "34000", ville: "MONTPELLIER" })));
  } finally {
    await db.destroy();
  }
}

/** The home counters of a dataset by the rules (tableau.rules.ts), computed in JavaScript from the dataset itself. */
function compteursAttendus(j: Jeu): ReturnType<typeof compter> {
  const ouvertes = j.actions.filter((a) => a.statut !== "CLOTUREE" && a.statut !== "NON_OUVERTE");
  return compter({
    actions: j.actions.map((a) => ({ id: a.id, dateFinPrevue: a.fin })),
    suivis: j.actions.filter((a) => a.suivi).map((a) => ({ actionId: a.id, statut: a.statut as never, dateDebutReelle: a.debutReel })),
    confirmations: j.actions.flatMap((a) => a.confirmations.map((mois) => ({ actionId: a.id, mois }))),
    inscriptionsEnAttente: ouvertes.reduce((n, a) => n + a.stagiaires.filter((s) => !s.complet).length, 0),
    aujourdhui: AUJOURDHUI,
  });
}

const COMPTEURS = "query ($o: ID) { tableauDeBord(organismeId: $o) { actionsEnAttenteOuverture actionsEnCours actionsEnRetardFermeture inscriptionsEnAttente declarationsEnAttente } }";

const sansOrdre = <T>(rows: T[]) => [...rows].map((r) => JSON.stringify(r)).sort();

describe.each(databases)("dashboard figures on %s", (database) => {
  let stack: Stack;
  let jeu: Jeu;
  /** Every action loaded (the 2- and 200-action sets of the statement count share the dispositifs and départements). */
  let tous: Jeu["actions"];
  let deux: Jeu;
  let deuxCents: Jeu;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    stack = await startStack({ database, env: { SIGMA_NOW: `${AUJOURDHUI}T10:00:00Z`, SIGMA_INDICATEURS_SYNCHRO_MS: "0" } });
    jeu = construireJeu(100_000, 60, [2031, 2032], AUJOURDHUI);
    // Two organismes of their own (2 and 200 actions, years of their own), for the statement counts and the home counters.
    await creerOrganismes(stack, [DEUX, DEUX_CENTS]);
    deux = construireJeu(200_000, 2, [2029, 2029], AUJOURDHUI, [DEUX, DEUX]);
    deuxCents = construireJeu(300_000, 200, [2030, 2030], AUJOURDHUI, [DEUX_CENTS, DEUX_CENTS]);
    for (const j of [jeu, deux, deuxCents]) await charger(stack, j);
    tous = [...jeu.actions, ...deux.actions, ...deuxCents.actions];
    headers.region = await login(stack.gatewayUrl, "REGION");
    headers.ofA = await login(stack.gatewayUrl, "OR5159");
    headers.ofB = await login(stack.gatewayUrl, "GR237");
    headers.carif = await login(stack.gatewayUrl, "CARIF");
  });
  afterAll(() => stack?.stop());

  const ask = async (who: string, filtre: Filtre) => {
    const { body } = await graphql<{ indicateurs: any }>(stack.gatewayUrl, TABLEAU, { filtre }, headers[who]);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return { data: body.data!.indicateurs, sql: body.extensions?.sqlStatements as number, parSousGraphe: body.extensions?.sqlStatementsBySubgraph };
  };

  const FILTRES: Filtre[] = [
    { anneeProgrammation: 2031 },
    { anneeProgrammation: 2032, dispositif: "DISPO BETA" },
    { anneeProgrammation: 2031, departement: "34", organismeId: "1" },
    { anneeProgrammation: 2032, du: "2032-02-01", au: "2032-04-30" },
    { dispositif: "DISPO GAMMA", departement: "66", du: "2031-03-15", au: "2032-03-14" },
  ];

  it.each(FILTRES)("every figure of %j adds up exactly to the dataset's", async (filtre) => {
    const { data } = await ask("region", filtre);
    const e = attendu(tous, filtre, AUJOURDHUI);
    // Guard against a vacuous pass: the filter selects something.
    expect(e.offre.actions).toBeGreaterThan(0);
    expect(data.offre).toEqual(e.offre);
    expect(data.repartitionOffre).toEqual(e.repartitionDispositif);
    expect(data.actionsParStatut).toEqual(e.actionsParStatut);
    expect({ entres: data.stagiaires.entres, presents: data.stagiaires.presents, sortis: data.stagiaires.sortis }).toEqual({
      entres: e.stagiaires.entres, presents: e.stagiaires.presents, sortis: e.stagiaires.sortis,
    });
    expect(Object.fromEntries(data.stagiaires.sortiesParMotif.map((m: any) => [m.motif, m.nombre]))).toEqual(e.stagiaires.motifs);
    expect(data.heures).toEqual(e.heures);
    expect(data.heuresParMois).toEqual(e.heuresParMois);
    expect(data.realisationParAction).toEqual(e.realisationParAction);
    expect(data.suivi).toEqual(e.suivi);
    expect(Object.fromEntries(data.enquetes.map((r: any) => [JSON.stringify([r.moment, r.situation, r.contrat]), r.nombre]))).toEqual(e.enquetes);
    expect(data.finances).toEqual(e.finances);
    expect(data.financesParMois).toEqual(e.financesParMois);
  });

  it("holds an organisme to its own figures: OF B sees nothing of OF A, asking for A is refused", async () => {
    const filtre = { anneeProgrammation: 2031 };
    const ofB = await ask("ofB", filtre);
    expect(ofB.data.organismeId).toBe("2");
    const seulB = attendu(jeu.actions, { ...filtre, organismeId: "2" }, AUJOURDHUI);
    expect(ofB.data.offre.actions).toBe(seulB.offre.actions);
    expect(ofB.data.finances).toEqual(seulB.finances);
    expect(ofB.data.heures).toEqual(seulB.heures);
    expect(sansOrdre(ofB.data.realisationParAction.map((r: any) => r.action.id))).toEqual(sansOrdre(seulB.realisationParAction.map((r) => r.action.id)));
    expect(ofB.data.realisationParAction.every((r: any) => jeu.actions.find((a) => String(a.id) === r.action.id)!.organismeId === 2)).toBe(true);
    const { body } = await graphql(stack.gatewayUrl, TABLEAU, { filtre: { ...filtre, organismeId: "1" } }, headers.ofB);
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(body.errors?.[0]?.message).toBe("Un organisme ne consulte que ses propres indicateurs.");
    expect(body.data ?? null).toBeNull();
  });

  it("refuses the CARIF credential, anonymous callers and a forged key sent straight to a subgraph", async () => {
    const carif = await graphql(stack.gatewayUrl, TABLEAU, { filtre: {} }, headers.carif);
    expect(carif.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(carif.body.data ?? null).toBeNull();
    const anonyme = await graphql(stack.gatewayUrl, TABLEAU, { filtre: {} }, {});
    expect(anonyme.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // OF B forges a key for organisme 1 and asks execution and finance directly.
    const cle = JSON.stringify([2031, null, null, 1, null, null]);
    for (const [subgraph, selection] of [["execution", "heures { realisees }"], ["finance", "finances { facture }"]]) {
      const { body } = await graphql(
        stack.subgraphUrls[subgraph]!,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Perimetre { ${selection} } } }`,
        { r: [{ __typename: "Perimetre", cle }] },
        headers.ofB,
      );
      expect(body.errors?.[0]?.extensions?.code, subgraph).toBe("FORBIDDEN");
      expect(JSON.stringify(body.data ?? null)).not.toMatch(/\d+\.\d\d/);
    }
  });

  it("refuses an inverted period, in French, with BAD_USER_INPUT", async () => {
    const { body } = await graphql(stack.gatewayUrl, TABLEAU, { filtre: { du: "2032-05-01", au: "2032-04-01" } }, headers.region);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toBe("La période est inversée : le 01/05/2032 est après le 01/04/2032.");
  });

  it("issues the same number of SQL statements for 2 actions as for 200", async () => {
    // Warm once each (the dimension copy catches up outside the counted statements).
    await ask("region", { anneeProgrammation: 2029 });
    await ask("region", { anneeProgrammation: 2030 });
    const a2 = await ask("region", { anneeProgrammation: 2029 });
    const a200 = await ask("region", { anneeProgrammation: 2030 });
    expect(a2.data.offre.actions).toBe(2);
    expect(a200.data.offre.actions).toBe(200);
    expect(a200.data.realisationParAction).toHaveLength(200);
    expect(a2.sql).toBeGreaterThan(0);
    expect(a200.sql).toBe(a2.sql);
    expect(a200.parSousGraphe).toEqual(a2.parSousGraphe);
    process.stdout.write(`[indicateurs] ${database} : ${a2.sql} instructions SQL pour 2 comme pour 200 actions ${JSON.stringify(a2.parSousGraphe)}\n`);
  });

  it("counts the home counters (tableauDeBord) by the rules, exactly, with as many SQL statements for an OF of 2 actions as of 200", async () => {
    const compteurs = async (organismeId: number) => {
      const { body } = await graphql<{ tableauDeBord: unknown }>(stack.gatewayUrl, COMPTEURS, { o: String(organismeId) }, headers.region);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return { data: body.data!.tableauDeBord, sql: body.extensions?.sqlStatements as number };
    };
    const petit = await compteurs(DEUX);
    const grand = await compteurs(DEUX_CENTS);
    expect(petit.data).toEqual(compteursAttendus(deux));
    const attendu200 = compteursAttendus(deuxCents);
    expect(grand.data).toEqual(attendu200);
    // Guard against a vacuous pass: every counter of the 200 actions is non-zero.
    expect(Object.values(attendu200).every((n) => n > 0), JSON.stringify(attendu200)).toBe(true);
    expect(petit.sql).toBeGreaterThan(0);
    expect(grand.sql).toBe(petit.sql);
    process.stdout.write(`[tableauDeBord] ${database} : ${petit.sql} instructions SQL pour 2 comme pour 200 actions\n`);
  });
});
