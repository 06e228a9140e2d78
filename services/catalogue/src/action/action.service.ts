import { organismeScope, seesOffer, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput } from "@sigma/kit/errors/errors";
import { batchOne } from "@sigma/kit/loaders/repository-batch";
import { decodeCursor, pageSize, toPage } from "@sigma/kit/pagination/cursor";
import type { DataSource } from "typeorm";
import { containsPattern, LIKE_ESCAPE } from "../shared/like.js";
import { Action } from "./action.entity.js";
import type { FiltreActions } from "./action.input.js";
import type { PageActions } from "./action-page.type.js";

/** Actions, always seen through the caller: an organisme sees its own only, and nothing tells it others exist. */
export class ActionService {
  constructor(private readonly db: DataSource) {}

  private readonly byId = batchOne(() => this.db, Action, "id");

  list(caller: Caller): Promise<Action[]> {
    const organismeId = organismeScope(caller);
    return this.db.getRepository(Action).find({
      where: organismeId === null ? {} : { organismeId },
      order: { anneeProgrammation: "DESC", numero: "ASC" },
    });
  }

  /** The list of actions by année and text, most recent year first, then by number; cursor = (année, numéro). */
  async search(caller: Caller, filtre: FiltreActions, premiers?: number | null, apres?: string | null): Promise<PageActions> {
    const size = pageSize(premiers);
    const query = this.db.getRepository(Action).createQueryBuilder("a");
    const scope = organismeScope(caller);
    if (scope !== null) query.andWhere("a.organisme_id = :scope", { scope });
    if (filtre.organismeId != null) query.andWhere("a.organisme_id = :organisme", { organisme: Number(filtre.organismeId) });
    if (filtre.annee != null) query.andWhere("a.annee_programmation = :annee", { annee: filtre.annee });
    const texte = filtre.texte?.trim();
    if (texte) {
      if (texte.length > 100) throw badInput("Le texte recherché ne peut dépasser 100 caractères.", "texte");
      query.andWhere(
        `(LOWER(a.numero) LIKE :t ${LIKE_ESCAPE} OR LOWER(a.intitule) LIKE :t ${LIKE_ESCAPE} OR LOWER(a.numero_contrat) LIKE :t ${LIKE_ESCAPE})`,
        { t: containsPattern(texte) },
      );
    }
    if (apres) {
      const [annee, numero] = decodeCursor(apres, 2);
      query.andWhere("(a.annee_programmation < :ca OR (a.annee_programmation = :ca AND a.numero > :cn))", { ca: annee, cn: numero });
    }
    const rows = await query.orderBy("a.annee_programmation", "DESC").addOrderBy("a.numero", "ASC").take(size + 1).getMany();
    return toPage(rows, size, (a) => [a.anneeProgrammation, a.numero]);
  }

  async findByNumero(caller: Caller, numero: string): Promise<Action | null> {
    const action = await this.db.getRepository(Action).findOneBy({ numero });
    return action && seesOffer(caller, action.organismeId) ? action : null;
  }

  /** Batched; null for an action the caller may not see (same answer as for one that does not exist). */
  async load(ctx: RequestContext, caller: Caller, id: number): Promise<Action | null> {
    if (!Number.isSafeInteger(id)) return null;
    const action = await ctx.loaders.get(this.byId).load(id);
    return action && seesOffer(caller, action.organismeId) ? action : null;
  }
}
