import { stringFromEnv } from "@sigma/kit/config/env";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { pageSize, toPage } from "@sigma/kit/pagination/cursor";
import { In, type DataSource } from "typeorm";
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

/** Columns of one feed row: the session with its composante, action, organisme and site, by join. */
const COLUMNS: [string, string][] = [
  ["s.id", "id"], ["s.numero", "numero"], ["s.dateDebut", "dateDebut"], ["s.dateFin", "dateFin"], ["s.nbPlaces", "nbPlaces"],
  ["s.modifieLe", "modifieLe"], ["s.sequence", "sequence"],
  ["c.numero", "cNumero"], ["c.intitule", "cIntitule"],
  ["a.numero", "aNumero"], ["a.intitule", "aIntitule"], ["a.type", "aType"], ["a.dureeCentre", "aDureeCentre"], ["a.dureeEntreprise", "aDureeEntreprise"],
  ["o.siret", "oSiret"], ["o.numeroActivite", "oNumeroActivite"], ["o.raisonSociale", "oRaisonSociale"], ["o.adresse", "oAdresse"],
  ["o.complementAdresse", "oComplementAdresse"], ["o.codePostal", "oCodePostal"], ["o.ville", "oVille"],
  ["si.libelle", "siLibelle"], ["si.adresse", "siAdresse"], ["si.codePostal", "siCodePostal"], ["si.ville", "siVille"],
];

type Row = Record<string, string | number | null>;

/**
 * The CARIF feed written as LHEO 2.3, page by page, for the gateway's `/feeds/lheo.xml`: the
 * same window of the feed as `fluxSessions` (same cursor), read in two statements whatever the
 * page size — the sessions joined to their composante, action, organisme and site (primary keys),
 * then their informations collectives (index on session_id) — and written here, next to the
 * data, so that neither this subgraph nor the gateway resolves tens of GraphQL fields per session.
 */
export class LheoService {
  private readonly options: LheoOptions = { codePublicVise: stringFromEnv("LHEO_CODE_PUBLIC_VISE", "80056") };

  constructor(private readonly db: DataSource) {}

  async page(depuis: string | null, premiers: number | null, apres: string | null): Promise<PageLheo> {
    const size = pageSize(premiers, 500, LHEO_PAGE_MAX);
    const query = this.db
      .getRepository(Session)
      .createQueryBuilder("s")
      .innerJoin(Composante, "c", "c.id = s.composanteId")
      .innerJoin(Action, "a", "a.id = s.actionId")
      .innerJoin(Organisme, "o", "o.id = a.organismeId")
      .innerJoin(SiteRealisation, "si", "si.id = s.siteId")
      .select(COLUMNS[0]![0], COLUMNS[0]![1]);
    for (const [column, alias] of COLUMNS.slice(1)) query.addSelect(column, alias);
    const rows = await feedWindow(query, "s", depuis, apres, size + 1).getRawMany<Row>();
    const { nodes, pageInfo } = toPage(rows, size, (row) => [Number(row.sequence)]);
    const ids = nodes.map((row) => Number(row.id));
    const ics = ids.length
      ? manyByKey(
          ids,
          await this.db.getRepository(InformationCollective).find({ where: { sessionId: In(ids) }, order: { date: "ASC", heureDebut: "ASC", id: "ASC" } }),
          (ic) => ic.sessionId,
        )
      : [];
    let formations = "";
    nodes.forEach((row, i) => {
      formations += `${formation(toSession(row, ics[i]!), this.options)}\n`;
    });
    return { formations, nombre: nodes.length, pageInfo };
  }
}

const str = (value: string | number | null): string => String(value);
const opt = (value: string | number | null): string | null => (value === null ? null : String(value));

function toSession(row: Row, informationsCollectives: InformationCollective[]): LheoSession {
  return {
    id: Number(row.id),
    numero: str(row.numero),
    dateDebut: str(row.dateDebut),
    dateFin: str(row.dateFin),
    nbPlaces: Number(row.nbPlaces),
    modifieLe: Number(row.modifieLe),
    composante: { numero: str(row.cNumero), intitule: str(row.cIntitule) },
    action: {
      numero: str(row.aNumero),
      intitule: str(row.aIntitule),
      type: str(row.aType),
      dureeCentre: Number(row.aDureeCentre),
      dureeEntreprise: Number(row.aDureeEntreprise),
    },
    organisme: {
      siret: str(row.oSiret),
      numeroActivite: opt(row.oNumeroActivite),
      raisonSociale: str(row.oRaisonSociale),
      adresse: opt(row.oAdresse),
      complementAdresse: opt(row.oComplementAdresse),
      codePostal: opt(row.oCodePostal),
      ville: opt(row.oVille),
    },
    site: { libelle: str(row.siLibelle), adresse: opt(row.siAdresse), codePostal: str(row.siCodePostal), ville: str(row.siVille) },
    informationsCollectives,
  };
}
