import type { DataSource } from "typeorm";
import { requestStats } from "../context/context.js";
import { intFromEnv } from "../config/env.js";
import type { ServiceGraphClient } from "../graph/service-client.js";
import { errorFields, logger } from "../logging/logger.js";
import { parseHundredths } from "../money/decimal.js";
import { DimensionAction } from "./dimension-action.entity.js";

const PAGE = 2_000;

const QUERY = /* GraphQL */ `
  query DimensionsActions($apresId: ID, $premier: Int!) {
    dimensionsActions(apresId: $apresId, premier: $premier) {
      id organismeId anneeProgrammation dispositif departement dateDebutPrevue dateFinPrevue heuresContractualisees
    }
  }
`;

interface RawDimension {
  id: string;
  organismeId: string;
  anneeProgrammation: number;
  dispositif: string;
  departement: string;
  dateDebutPrevue: string;
  dateFinPrevue: string;
  heuresContractualisees: string;
}

/**
 * Keeps `indicateur_action` (see DimensionAction for why it exists) in step with catalogue, by
 * reading catalogue through the gateway with the subgraph's service account — never its tables.
 * The high-water mark (largest action id copied) is read from the table once, then kept in memory.
 */
export class DimensionSync {
  private hauteEau: number | null = null;
  private dernierRattrapage = 0;
  private enCours: Promise<void> | null = null;
  /** Copies run one after the other (a refresh and a catch-up never upsert the same rows together). */
  private file: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly graph: () => ServiceGraphClient,
    private readonly intervalleMs = intFromEnv("SIGMA_INDICATEURS_SYNCHRO_MS", 10_000),
  ) {}

  /**
   * Copies the actions created since the last call (at most once per interval). Runs outside the
   * request's SQL counter: it is upkeep of the copy, not the cost of the figures asked for, and
   * would otherwise make the first query of an interval look costlier than the next. If catalogue
   * cannot be read, the figures are computed on the copy as it is (logged): the dashboard keeps
   * answering while one subgraph is down, like the rest of the graph.
   */
  rattraper(): Promise<void> {
    if (Date.now() - this.dernierRattrapage < this.intervalleMs) return Promise.resolve();
    this.enCours ??= requestStats
      .exit(() => this.enFile(() => this.copier(null)))
      .catch((error: unknown) => logger().warn({ ...errorFields(error) }, "copie des dimensions d'actions non rattrapée"))
      .finally(() => {
        this.dernierRattrapage = Date.now();
        this.enCours = null;
      });
    return this.enCours;
  }

  /** Copies every action again (planned dates may have changed), page by page. */
  toutRafraichir(): Promise<void> {
    return this.enFile(() => this.copier(0));
  }

  private enFile(copie: () => Promise<void>): Promise<void> {
    const suivante = this.file.then(copie, copie);
    this.file = suivante.catch(() => undefined);
    return suivante;
  }

  /** Background refresh of the whole copy; returns the function that stops it. */
  demarrer(intervalleMs = intFromEnv("SIGMA_INDICATEURS_RAFRAICHISSEMENT_MS", 600_000)): () => Promise<void> {
    const rafraichir = () =>
      this.toutRafraichir().catch((error: unknown) => logger().warn({ ...errorFields(error) }, "copie des dimensions d'actions non rafraîchie"));
    // A first copy shortly after start (the gateway starts after the subgraphs), then periodically.
    const premier = setTimeout(() => void rafraichir(), 5_000);
    const timer = setInterval(() => void rafraichir(), intervalleMs);
    premier.unref();
    timer.unref();
    return async () => {
      clearTimeout(premier);
      clearInterval(timer);
    };
  }

  private async copier(depuis: number | null): Promise<void> {
    const repository = this.db.getRepository(DimensionAction);
    if (this.hauteEau === null) {
      const [row] = await this.db.query("SELECT MAX(action_id) AS m FROM indicateur_action");
      this.hauteEau = Number(row?.m ?? 0);
    }
    let apres = depuis ?? this.hauteEau;
    for (;;) {
      const data = await this.graph().query<{ dimensionsActions: RawDimension[] }>(QUERY, { apresId: String(apres), premier: PAGE });
      const page = data.dimensionsActions;
      if (page.length === 0) return;
      await repository.upsert(page.map(toEntity), ["actionId"]);
      apres = Number(page[page.length - 1]!.id);
      this.hauteEau = Math.max(this.hauteEau ?? 0, apres);
      if (page.length < PAGE) return;
    }
  }
}

function toEntity(raw: RawDimension): DimensionAction {
  return Object.assign(new DimensionAction(), {
    actionId: Number(raw.id),
    organismeId: Number(raw.organismeId),
    anneeProgrammation: raw.anneeProgrammation,
    dispositif: raw.dispositif,
    departement: raw.departement,
    dateDebutPrevue: raw.dateDebutPrevue,
    dateFinPrevue: raw.dateFinPrevue,
    heuresContractualisees: parseHundredths(raw.heuresContractualisees) ?? 0,
  });
}
