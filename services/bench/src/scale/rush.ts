import { createConnection, type Connection, type ResultSetHeader, type RowDataPacket } from "mysql2/promise";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { readdirSync, readFileSync } from "node:fs";
import { commandLine, cpuByProcess, cpuDelta } from "../bench/cpu.js";
import { markdown } from "../bench/report.js";
import { percentile } from "../bench/stats.js";
import { signedToken } from "../bench/tokens.js";
import { MYSQL_URL } from "../generate/target.js";

/**
 * The monthly rush at full scale: many organismes at once declare a month's hours for their
 * trainees, confirm the month, and emit its invoice (seed 001 § 3.5.1: the first 15 days of the
 * following month), against the generated « Occitanie × 10 » databases.
 *
 * The generator writes history only (no month is open for declaration), so the rush brings its
 * own: `ofs` new organismes (copies of the demo's GR237, ids from 900 001) each holding
 * `actions` new actions (copies of the demo's HSTA action with its composantes, prices and
 * periods, ids from 9 000 001), appended to catalogue — the offer comes from procurement, the
 * graph has no mutation for it. Each run takes new ids, so the generated history and the
 * previous runs' rows are never changed. The clock of the rush's stack stands on 4 December 2026
 * (SIGMA_NOW): the actions start on 2 November 2026, November is over and may be confirmed.
 * Then, through the gateway, unmeasured: each action's trainees are registered and the action
 * opened (real start 02/11/2026, monthly payments). Measured: every organisme at once, each
 * working through its actions one after the other as one person would — `saisirHeures` for every
 * trainee, `confirmerDeclaration` (sent twice at once, a double click: one CONFLICT expected), and
 * `emettreFacture` for November (sent twice at once with one idempotency key: the same invoice).
 * The advance poll is off in this stack (FINANCE_AVANCE_INTERVALLE_MS=0): the rush is the OF's
 * mutations, not the background emission of advances for every opened action of the region.
 */
export interface RushOptions {
  prefix: string;
  ofs: number;
  actions: number;
  trainees: number;
}

const NOW = "2026-12-04T09:00:00+01:00";
const MOIS = "2026-11";
const DEBUT = "2026-11-02";
const FIN = "2027-06-30";
const ORGANISME_BASE = 900_000;
const ACTION_BASE = 9_000_000;
/** The demo's GR237 and its HSTA action (two composantes' prices per composante, a centre and an entreprise period). */
const TEMPLATE = { organisme: 2, action: 2 };
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: "1000000000", RATE_LIMIT_BURST: "1000000000" };

const INSCRIRE = `mutation ($a: ID!, $i: StagiaireInput!) { inscrireStagiaire(actionId: $a, input: $i) { id } }`;
const OUVRIR = `mutation ($i: OuvertureInput!) { ouvrirAction(input: $i) { statut } }`;
const SAISIR = `mutation ($i: SaisieHeuresInput!) { saisirHeures(input: $i) { mois totalHeures } }`;
const CONFIRMER = `mutation ($a: ID!, $m: String!) { confirmerDeclaration(actionId: $a, mois: $m) { etat nombreStagiaires } }`;
const EMETTRE = `mutation ($i: EmettreFactureInput!) { emettreFacture(input: $i) { id numero montantHT } }`;

type Kind = "saisirHeures" | "confirmerDeclaration" | "emettreFacture";
interface Outcome {
  kind: Kind;
  ms: number;
  /** "ok", a refusal's code, or "INTERNE" (an internal error, an HTTP error, a network failure). */
  code: string;
  message?: string;
  data?: Record<string, any>;
}

const REFUSALS = new Set(["BAD_USER_INPUT", "CONFLICT", "NOT_FOUND", "FORBIDDEN"]);

async function send(stack: Stack, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<{ code: string; message?: string; data?: Record<string, any>; ms: number }> {
  const started = process.hrtime.bigint();
  try {
    const response = await fetch(stack.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const error = body.errors?.[0];
    if (!error && response.ok) return { code: "ok", data: body.data, ms };
    const code = error?.extensions?.code ?? `HTTP ${response.status}`;
    return { code: REFUSALS.has(code) || code === "SERVICE_UNAVAILABLE" ? code : "INTERNE", message: error?.message, ms };
  } catch (error) {
    return { code: "INTERNE", message: String(error), ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }
}

async function must(stack: Stack, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const answer = await send(stack, headers, query, variables);
  if (answer.code !== "ok") throw new Error(`préparation refusée (${answer.code}) : ${answer.message}`);
  return answer.data!;
}

/** Copies the rows of `table` matching `where`, changed by `change`; returns the new rows' ids (old id → new id). */
async function copyRows(db: Connection, table: string, where: string, params: unknown[], change: (row: Record<string, unknown>) => Record<string, unknown>): Promise<Map<number, number>> {
  const [rows] = await db.query<RowDataPacket[]>(`SELECT * FROM \`${table}\` WHERE ${where} ORDER BY id`, params);
  const ids = new Map<number, number>();
  for (const row of rows) {
    const copy = change({ ...row });
    const [result] = await db.query<ResultSetHeader>(`INSERT INTO \`${table}\` SET ?`, [copy]);
    ids.set(Number(row.id), Number(copy.id ?? result.insertId));
  }
  return ids;
}

/** Appends this run's organismes and actions to catalogue (new ids past every earlier run's). */
async function appendOffer(prefix: string, options: RushOptions): Promise<{ organismeId: number; actionIds: number[] }[]> {
  const db = await createConnection({ uri: `${MYSQL_URL}/${prefix}catalogue`, dateStrings: true });
  try {
    const [[{ last }]] = (await db.query("SELECT COALESCE(MAX(id), ?) AS last FROM organisme WHERE id > ?", [ORGANISME_BASE, ORGANISME_BASE])) as unknown as [[{ last: number }]];
    const first = Number(last) - ORGANISME_BASE + 1;
    const offer: { organismeId: number; actionIds: number[] }[] = [];
    await db.beginTransaction();
    for (let o = 0; o < options.ofs; o += 1) {
      const n = first + o;
      const organismeId = ORGANISME_BASE + n;
      await copyRows(db, "organisme", "id = ?", [TEMPLATE.organisme], (row) => ({
        ...row, id: organismeId, code: `RUSH${n}`, raison_sociale: `ORGANISME DE LA RUEE ${n}`, siret: String(90_000_000_000_000 + n),
      }));
      const actionIds: number[] = [];
      for (let k = 0; k < options.actions; k += 1) {
        const actionId = ACTION_BASE + n * 100 + k;
        await copyRows(db, "action", "id = ?", [TEMPLATE.action], (row) => ({
          ...row, id: actionId, numero: `26R${String(n).padStart(6, "0")}_${k + 1}`, numero_contrat: `26R${String(n).padStart(6, "0")}`,
          organisme_id: organismeId, annee_programmation: 2026, date_debut_prevue: DEBUT, date_fin_prevue: FIN,
        }));
        const composantes = await copyRows(db, "composante", "action_id = ?", [TEMPLATE.action], ({ id: _id, ...row }) => ({
          ...row, action_id: actionId, organisme_id: organismeId, date_debut: DEBUT, date_fin: FIN,
        }));
        for (const [from, to] of composantes) {
          await copyRows(db, "prestation", "composante_id = ?", [from], ({ id: _id, ...row }) => ({ ...row, composante_id: to, organisme_id: organismeId }));
        }
        await copyRows(db, "periode_prevue", "action_id = ?", [TEMPLATE.action], ({ id: _id, ...row }) =>
          row.lieu === "ENTREPRISE" ? { ...row, action_id: actionId, date_debut: "2027-02-01", date_fin: "2027-03-15" } : { ...row, action_id: actionId, date_debut: DEBUT, date_fin: FIN },
        );
        actionIds.push(actionId);
      }
      offer.push({ organismeId, actionIds });
    }
    await db.commit();
    return offer;
  } finally {
    await db.end();
  }
}

/** A complete identity tab of a trainee entered on the action's first day. */
const fiche = (n: number) => ({
  civilite: n % 2 ? "M" : "MME", nom: `RUEE${n}`, prenom: "CAMILLE", dateNaissance: "1990-04-12", sexe: n % 2 ? "MASCULIN" : "FEMININ", adresse: "1 PLACE DU CAPITOLE",
  codePostal: "31000", ville: "TOULOUSE", dateEntree: DEBUT, organismeRemuneration: "REGION", niveauEntree: "NIVEAU_IV",
  trancheAge: "DE_26_A_44", dureeChomage: "DE_12_A_23_MOIS", prescripteur: "ANPE", beneficiaireRmi: false,
});

const heures = (stagiaireId: string) => ({
  i: {
    stagiaireId, mois: MOIS, heuresRealiseesCentre: "120", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
    heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0", absences: [],
  },
});

/** Runs at most `width` of `tasks` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  }));
  return results;
}

export interface RushResult {
  options: RushOptions;
  seconds: number;
  /** CPU time of each process during the rush (MariaDB's: the whole server, others' queries included). */
  cpuMs: Record<string, number>;
  outcomes: Omit<Outcome, "data">[];
  invoices: number;
  expectedInvoices: number;
  report: string;
}

export async function monthlyRush(options: RushOptions, say: (line: string) => void): Promise<RushResult> {
  say(`Ruée mensuelle : ${options.ofs} OF × ${options.actions} actions × ${options.trainees} stagiaires, mois ${MOIS}, horloge ${NOW}`);
  const offer = await appendOffer(options.prefix, options);
  const stack = await startStack({
    database: "mysql",
    env: { DATABASE_PREFIX: options.prefix, KEEP_DATABASE: "1", SIGMA_NOW: NOW, FINANCE_AVANCE_INTERVALLE_MS: "0", ...UNLIMITED },
  });
  try {
    const region = await login(stack.gatewayUrl, "REGION");
    const tokenOf = (organismeId: number) => ({
      authorization: signedToken(stack.dataDir, region.authorization!, { role: "ORGANISME", org: organismeId, idf: `RUSH${organismeId}`, sub: `rush-${organismeId}` }),
    });
    // Preparation (not measured): registrations and openings, a few organismes at a time.
    const started = Date.now();
    const stagiaires = new Map<number, string[]>();
    await pool(
      offer.flatMap(({ organismeId, actionIds }) =>
        actionIds.map((actionId) => async () => {
          const headers = tokenOf(organismeId);
          const ids: string[] = [];
          for (let t = 0; t < options.trainees; t += 1) ids.push((await must(stack, headers, INSCRIRE, { a: String(actionId), i: fiche(t) })).inscrireStagiaire.id);
          await must(stack, headers, OUVRIR, { i: { actionId: String(actionId), dateDebutReelle: DEBUT, frequencePaiement: "MENSUEL" } });
          stagiaires.set(actionId, ids);
        }),
      ),
      8,
    );
    say(`  préparation : ${offer.length * options.actions} actions ouvertes, ${offer.length * options.actions * options.trainees} stagiaires inscrits en ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The rush: every organisme at once.
    const outcomes: Outcome[] = [];
    const record = async (kind: Kind, headers: Record<string, string>, query: string, variables: Record<string, unknown>) => {
      const answer = await send(stack, headers, query, variables);
      outcomes.push({ kind, ...answer });
      return answer;
    };
    const cpuBefore = { ...cpuByProcess(serviceOf), mariadb: mariadbCpuMs() };
    const rushStarted = process.hrtime.bigint();
    await Promise.all(
      offer.map(async ({ organismeId, actionIds }) => {
        const headers = tokenOf(organismeId);
        for (const actionId of actionIds) {
          for (const id of stagiaires.get(actionId)!) await record("saisirHeures", headers, SAISIR, heures(id));
          await Promise.all([0, 1].map(() => record("confirmerDeclaration", headers, CONFIRMER, { a: String(actionId), m: MOIS })));
          const emission = { i: { actionId: String(actionId), type: "ACOMPTE", moisDebut: MOIS, moisFin: MOIS, confirmation: true, cleIdempotence: `ruee-${actionId}-${MOIS}` } };
          await Promise.all([0, 1].map(() => record("emettreFacture", headers, EMETTRE, emission)));
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - rushStarted) / 1e9;
    const cpu = cpuDelta(cpuBefore, { ...cpuByProcess(serviceOf), mariadb: mariadbCpuMs() });

    const finance = await createConnection({ uri: `${MYSQL_URL}/${options.prefix}finance` });
    const actionIds = offer.flatMap((o) => o.actionIds);
    const [[{ invoices }]] = (await finance.query("SELECT COUNT(*) AS invoices FROM facture WHERE action_id IN (?) AND cle_periode = ?", [actionIds, `${MOIS}/${MOIS}`])) as unknown as [[{ invoices: number }]];
    await finance.end();

    const report = rushReport(options, seconds, outcomes, Number(invoices), actionIds.length, cpu);
    return { options, seconds, cpuMs: cpu, outcomes: outcomes.map(({ data: _d, ...o }) => o), invoices: Number(invoices), expectedInvoices: actionIds.length, report };
  } finally {
    await stack.stop();
  }
}

const serviceOf = (pid: number) => /services\/(\w+)\/dist\/main\.js|gateway\/dist\/(main)\.js/.exec(commandLine(pid))?.slice(1).find(Boolean)?.replace(/^main$/, "gateway") ?? null;

/** CPU time (ms) of the MariaDB server process, whoever its clients. */
function mariadbCpuMs(): number {
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!/\((mariadbd|mysqld)\)/.test(stat)) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // gone
    }
  }
  return 0;
}

function rushReport(options: RushOptions, seconds: number, outcomes: Outcome[], invoices: number, expected: number, cpu: Record<string, number>): string {
  const kinds: Kind[] = ["saisirHeures", "confirmerDeclaration", "emettreFacture"];
  const row = (label: string, list: Outcome[]) => {
    const ms = list.map((o) => o.ms);
    const refused = list.filter((o) => REFUSALS.has(o.code));
    const codes = [...new Set(refused.map((o) => o.code))].join(", ");
    return [
      label, String(list.length), (list.length / seconds).toFixed(1), String(list.filter((o) => o.code === "ok").length),
      refused.length ? `${refused.length} (${codes})` : "0", String(list.filter((o) => o.code === "SERVICE_UNAVAILABLE").length), String(list.filter((o) => o.code === "INTERNE").length),
      percentile(ms, 50).toFixed(1), percentile(ms, 95).toFixed(1), percentile(ms, 99).toFixed(1),
    ];
  };
  const table = markdown(
    ["mutation", "n", "par s", "réussies", "refusées", "indisponible", "erreurs internes", "p50 ms", "p95 ms", "p99 ms"],
    [...kinds.map((k) => row(k, outcomes.filter((o) => o.kind === k))), row("toutes", outcomes)],
  );
  const unexpected = outcomes.filter((o) => o.code !== "ok" && !(o.kind === "confirmerDeclaration" && o.code === "CONFLICT"));
  const samples = [...new Set(unexpected.map((o) => `${o.kind} ${o.code} : ${o.message ?? ""}`))].slice(0, 5);
  return [
    `Ruée mensuelle : ${options.ofs} OF en parallèle × ${options.actions} actions × ${options.trainees} stagiaires, ${outcomes.length} mutations en ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(1)} mutations/s) ; factures de ${MOIS} émises : ${invoices} / ${expected} attendues.`,
    "",
    table,
    "",
    `CPU par mutation pendant la ruée : ${Object.entries(cpu).map(([name, ms]) => `${name} ${(ms / outcomes.length).toFixed(1)} ms`).join(", ")} (MariaDB : tout le serveur, requêtes des autres comprises).`,
    "",
    samples.length ? `Issues inattendues (${unexpected.length}) : ${samples.join(" | ")}` : "Aucune issue inattendue (les seuls refus sont les doubles clics sur « Confirmer » : CONFLICT).",
  ].join("\n");
}
