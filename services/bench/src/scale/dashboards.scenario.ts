import { createConnection } from "mysql2/promise";
import { MYSQL_URL } from "../generate/target.js";

/** One measured query (at-scale.main.ts's `timeQuery`, bound to the stack). */
export type Chronometre<T> = (name: string, who: string, headers: Record<string, string>, query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface ContexteTableaux<T> {
  prefix: string;
  region: Record<string, string>;
  /** The OF measured (median and largest), with their tokens. */
  organismes: { label: string; id: number; headers: Record<string, string> }[];
  /** A persisted front-end operation by name. */
  operation: (name: string) => string;
  time: Chronometre<T>;
  say: (line: string) => void;
}

/** The time series alone (what the charts redraw when the period changes). */
const SERIES = "query Series($filtre: FiltreIndicateurs!) { indicateurs(filtre: $filtre) { heuresParMois { mois realisees realiseesCentre realiseesEntreprise } financesParMois { mois facture valide rejete paye } } }";
const TABLEAU_ACCUEIL = "query T($organismeId: ID) { tableauDeBord(organismeId: $organismeId) { actionsEnAttenteOuverture actionsEnCours actionsEnRetardFermeture inscriptionsEnAttente declarationsEnAttente } }";

/**
 * The dashboards at scale (issue 8: each ≤ 150 ms): the Région's dashboard operation
 * (`TableauDeBordRegion`, everything in one request) with no filter and with each filter the
 * screen offers, values taken from the dataset (the most common dispositif and département of
 * the middle year, the largest OF, a half-year period); an OF's « Mes indicateurs »
 * (`IndicateursOrganisme`); the time series alone; the home counters `tableauDeBord`.
 */
export async function mesurerTableaux<T>(c: ContexteTableaux<T>): Promise<T[]> {
  const db = await createConnection({ uri: `${MYSQL_URL}/${c.prefix}catalogue` });
  const premier = async (sql: string) => ((await db.query(sql)) as unknown as [Record<string, unknown>[]])[0][0];
  const annee = Number((await premier("SELECT annee_programmation AS v, COUNT(*) AS n FROM action GROUP BY annee_programmation ORDER BY n DESC, v LIMIT 1"))?.v ?? 2024);
  const dispositif = String((await premier(`SELECT m.dispositif AS v, COUNT(*) AS n FROM action a JOIN marche m ON m.id = a.marche_id WHERE a.annee_programmation = ${annee} GROUP BY m.dispositif ORDER BY n DESC, v LIMIT 1`))?.v ?? "");
  const departement = String((await premier("SELECT departement AS v, COUNT(*) AS n FROM action WHERE departement <> '' GROUP BY departement ORDER BY n DESC, v LIMIT 1"))?.v ?? "");
  await db.end();
  const plusGrand = c.organismes[c.organismes.length - 1]!;
  const filtres: [string, Record<string, unknown>][] = [
    ["aucun filtre", {}],
    [`année ${annee}`, { anneeProgrammation: annee }],
    [`dispositif ${dispositif}`, { dispositif }],
    [`département ${departement}`, { departement }],
    [`organisme ${plusGrand.id}`, { organismeId: String(plusGrand.id) }],
    [`période ${annee}-01-01 → ${annee}-06-30`, { du: `${annee}-01-01`, au: `${annee}-06-30` }],
    [`année + dispositif + département`, { anneeProgrammation: annee, dispositif, departement }],
  ];
  const out: T[] = [];
  const region = c.operation("TableauDeBordRegion");
  for (const [label, filtre] of filtres) {
    c.say(`  TableauDeBordRegion — ${label}`);
    out.push(await c.time(`TableauDeBordRegion (${label})`, "Région", c.region, region, { filtre }));
  }
  const organisme = c.operation("IndicateursOrganisme");
  for (const of of c.organismes) {
    c.say(`  IndicateursOrganisme — ${of.label}`);
    out.push(await c.time("IndicateursOrganisme (aucun filtre)", of.label, of.headers, organisme, { filtre: {} }));
  }
  for (const [label, filtre] of [filtres[0]!, filtres[1]!, filtres[3]!]) {
    c.say(`  séries mensuelles — ${label}`);
    out.push(await c.time(`séries mensuelles (${label})`, "Région", c.region, SERIES, { filtre }));
  }
  for (const of of c.organismes) {
    c.say(`  tableauDeBord — ${of.label}`);
    out.push(await c.time("tableauDeBord", of.label, of.headers, TABLEAU_ACCUEIL));
  }
  c.say("  tableauDeBord — Région");
  out.push(await c.time("tableauDeBord", "Région (toute la région)", c.region, TABLEAU_ACCUEIL));
  return out;
}
