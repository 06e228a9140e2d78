import { badInput } from "@sigma/kit/errors/errors";
import { decodeCursor, pageSize, toPage } from "@sigma/kit/pagination/cursor";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Session } from "../session/session.entity.js";
import type { PageSessions } from "./flux.type.js";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an ISO 8601 instant with its zone, or BAD_USER_INPUT. */
export function parseDepuis(depuis: string): number {
  const instant = ISO_INSTANT.test(depuis) ? Date.parse(depuis) : Number.NaN;
  if (Number.isNaN(instant)) throw badInput("Le paramètre « depuis » doit être un instant ISO 8601 avec son fuseau (ex. 2023-01-05T14:38:00Z).", "depuis");
  return instant;
}

/**
 * Keeps the feed's rows after the cursor `apres` (a feed position) and changed after `depuis`,
 * in feed order, `limit` at most: the one reading of the feed, for its GraphQL nodes and its LHEO.
 */
export function feedWindow<T extends object>(query: SelectQueryBuilder<T>, alias: string, depuis: string | null, apres: string | null, limit: number): SelectQueryBuilder<T> {
  if (apres) {
    const [position] = decodeCursor(apres, 1);
    if (typeof position !== "number") throw badInput("Curseur de pagination invalide.", "apres");
    query.andWhere(`${alias}.sequence > :position`, { position });
  }
  if (depuis) query.andWhere(`${alias}.modifie_le > :depuis`, { depuis: parseDepuis(depuis) });
  return query.orderBy(`${alias}.sequence`, "ASC").limit(limit);
}

/**
 * The CARIF feed: published sessions (a session exists only once its request is validated, so a
 * draft never shows) in the order they last changed — a cancellation (0 places) is a change like
 * any other. `depuis` keeps what changed after an instant; the cursor is the feed position, which
 * a consumer keeps to resume exactly where it stopped.
 */
export class FluxService {
  constructor(private readonly db: DataSource) {}

  async page(depuis: string | null, premiers: number | null, apres: string | null): Promise<PageSessions> {
    const size = pageSize(premiers, 50, 100);
    const rows = await feedWindow(this.db.getRepository(Session).createQueryBuilder("s"), "s", depuis, apres, size + 1).getMany();
    return toPage(rows, size, (s) => [s.sequence]);
  }
}
