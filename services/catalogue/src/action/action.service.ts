import { organismeScope, seesOffer, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { badInput } from "@sigma/kit/errors/errors";
import { batchOne } from "@sigma/kit/loaders/repository-batch";
import { decodeCursor, pageSize, toPage } from "@sigma/kit/pagination/cursor";
import { numberedPage } from "@sigma/kit/pagination/offset";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import { containsPattern, LIKE_ESCAPE } from "../shared/like.js";
import { Action } from "./action.entity.js";
import type { FiltreActions } from "./action.input.js";
import type { PageActions } from "./action-page.type.js";
import type { ListeActions } from "./action-liste.type.js";
import { COLONNE_TRI, CleTriAction, SensTri, type TriActions } from "./action-tri.input.js";

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

  /**
   * The screens' tables: one numbered page in the asked order plus the filter's total — two
   * statements whatever the size of the list, both on an index led by the organisme when scoped.
   */
  async liste(caller: Caller, filtre: FiltreActions, tri: Partial<TriActions> | null | undefined, page?: number | null, parPage?: number | null): Promise<ListeActions> {
    const asked = numberedPage(page, parPage);
    const cle = tri?.cle ?? CleTriAction.ANNEE;
    const sens = (tri?.sens ?? SensTri.DESC) === SensTri.ASC ? "ASC" : "DESC";
    const total = await this.filtered(caller, filtre).getCount();
    const nodes = await this.filtered(caller, filtre)
      .orderBy(`a.${COLONNE_TRI[cle]}`, sens)
      .addOrderBy("a.numero", sens)
      .offset(asked.offset)
      .limit(asked.parPage)
      .getMany();
    return { total, page: asked.page, parPage: asked.parPage, nodes };
  }

  /** The list of actions by année and text, most recent year first, then by number; cursor = (année, numéro). */
  async search(caller: Caller, filtre: FiltreActions, premiers?: number | null, apres?: string | null): Promise<PageActions> {
    const size = pageSize(premiers);
    const query = this.filtered(caller, filtre);
    if (apres) {
      const [annee, numero] = decodeCursor(apres, 2);
      query.andWhere("(a.annee_programmation < :ca OR (a.annee_programmation = :ca AND a.numero > :cn))", { ca: annee, cn: numero });
    }
    const rows = await query.orderBy("a.annee_programmation", "DESC").addOrderBy("a.numero", "ASC").take(size + 1).getMany();
    return toPage(rows, size, (a) => [a.anneeProgrammation, a.numero]);
  }

  /** The caller's scope and the filter's conditions (année, organisme: indexed; text: within the scope). */
  private filtered(caller: Caller, filtre: FiltreActions): SelectQueryBuilder<Action> {
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
    return query;
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
