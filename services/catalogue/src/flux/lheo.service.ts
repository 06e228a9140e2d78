import { stringFromEnv } from "@sigma/kit/config/env";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { pageSize, toPage } from "@sigma/kit/pagination/cursor";
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import { Action } from "../action/action.entity.js";
import { Composante } from "../composante/composante.entity.js";
import { Organisme } from "../organisme/organisme.entity.js";
import { SiteRealisation } from "../organisme/site.entity.js";
import { InformationCollective } from "../session/information-collective.entity.js";
import { Session } from "../session/session.entity.js";
import { feedWindow } from "./flux.service.js";
import type { PageLheo } from "./lheo.type.js";
import { formation, type LheoOptions, type LheoSession } from "./lheo.writer.js";

/** Up to 1 000 sessions a page (the export's pages): a page's XML is about 3 MB at most. */
export const LHEO_PAGE_MAX = 1000;

/** Rows by id, the columns named (property → alias), in one `SELECT … WHERE id IN (…)` on the primary key. */
async function byIds(db: DataSource, entity: EntityTarget<ObjectLiteral>, ids: number[], columns: string[]): Promise<Map<number, Row>> {
  const unique = [...new Set(ids)];
  const query = db.createQueryBuilder(entity, "t").select("t.id", "id");
  for (const column of columns) query.addSelect(`t.${column}`, column);
  const rows = unique.length ? await query.where("t.id IN (:...ids)", { ids: unique }).getRawMany<Row>() : [];
  return new Map(rows.map((row) => [Number(row.id), row]));
}

type Row = Record<string, string | number | null>;

/**
 * The CARIF feed written as LHEO 2.3, page by page, for the gateway's `/feeds/lheo.xml`: the
 * same window of the feed as `fluxSessions` (same cursor, on the unique index of `sequence`),
 * then the page's composantes, actions, organismes, sites and informations collectives, each in
 * one statement by primary key (or session_id) — six statements whatever the page size, and no
 * join for the optimizer to start from the wrong table (MariaDB sorted the whole join when it
 * was one statement) — and written here, next to the data, so that neither this subgraph nor
 * the gateway resolves tens of GraphQL fields per session.
 */
export class LheoService {
  private readonly options: LheoOptions = { codePublicVise: stringFromEnv("LHEO_CODE_PUBLIC_VISE", "80056") };

  constructor(private readonly db: DataSource) {}

  async page(depuis: string | null, premiers: number | null, apres: string | null): Promise<PageLheo> {
    const size = pageSize(premiers, 500, LHEO_PAGE_MAX);
    const window = this.db.getRepository(Session).createQueryBuilder("s").select("s.id", "id");
    for (const column of SESSION_COLUMNS) window.addSelect(`s.${column}`, column);
    const rows = await feedWindow(window, "s", depuis, apres, size + 1).getRawMany<Row>();
    const { nodes, pageInfo } = toPage(rows, size, (row) => [Number(row.sequence)]);
    if (!nodes.length) return { formations: "", nombre: 0, pageInfo };
    const ids = (key: string) => nodes.map((row) => Number(row[key]));
    const [composantes, actions, organismes, sites, ics] = await Promise.all([
      byIds(this.db, Composante, ids("composanteId"), ["numero", "intitule"]),
      byIds(this.db, Action, ids("actionId"), ["numero", "intitule", "type", "dureeCentre", "dureeEntreprise"]),
      byIds(this.db, Organisme, ids("organismeId"), ["siret", "numeroActivite", "raisonSociale", "adresse", "complementAdresse", "codePostal", "ville"]),
      byIds(this.db, SiteRealisation, ids("siteId"), ["libelle", "adresse", "codePostal", "ville"]),
      this.db
        .getRepository(InformationCollective)
        .find({ where: { sessionId: In(ids("id")) }, order: { date: "ASC", heureDebut: "ASC", id: "ASC" } })
        .then((found) => manyByKey(ids("id"), found, (ic) => ic.sessionId)),
    ]);
    let formations = "";
    nodes.forEach((row, i) => {
      const session = toSession(row, composantes, actions, organismes, sites, ics[i]!);
      formations += `${formation(session, this.options)}\n`;
    });
    return { formations, nombre: nodes.length, pageInfo };
  }
}

const SESSION_COLUMNS = ["numero", "dateDebut", "dateFin", "nbPlaces", "modifieLe", "sequence", "composanteId", "actionId", "organismeId", "siteId"];

const str = (value: string | number | null): string => String(value);
const opt = (value: string | number | null): string | null => (value === null ? null : String(value));

function must(rows: Map<number, Row>, id: string | number | null, what: string): Row {
  const row = rows.get(Number(id));
  if (!row) throw new Error(`${what} ${id} absent(e)`);
  return row;
}

function toSession(
  row: Row,
  composantes: Map<number, Row>,
  actions: Map<number, Row>,
  organismes: Map<number, Row>,
  sites: Map<number, Row>,
  informationsCollectives: InformationCollective[],
): LheoSession {
  const c = must(composantes, row.composanteId, "composante");
  const a = must(actions, row.actionId, "action");
  const o = must(organismes, row.organismeId, "organisme");
  const si = must(sites, row.siteId, "site");
  return {
    id: Number(row.id),
    numero: str(row.numero),
    dateDebut: str(row.dateDebut),
    dateFin: str(row.dateFin),
    nbPlaces: Number(row.nbPlaces),
    modifieLe: Number(row.modifieLe),
    composante: { numero: str(c.numero), intitule: str(c.intitule) },
    action: { numero: str(a.numero), intitule: str(a.intitule), type: str(a.type), dureeCentre: Number(a.dureeCentre), dureeEntreprise: Number(a.dureeEntreprise) },
    organisme: {
      siret: str(o.siret),
      numeroActivite: opt(o.numeroActivite),
      raisonSociale: str(o.raisonSociale),
      adresse: opt(o.adresse),
      complementAdresse: opt(o.complementAdresse),
      codePostal: opt(o.codePostal),
      ville: opt(o.ville),
    },
    site: { libelle: str(si.libelle), adresse: opt(si.adresse), codePostal: str(si.codePostal), ville: str(si.ville) },
    informationsCollectives,
  };
}
