import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Stagiaire } from "./stagiaire.entity.js";

/** Trainees: personal data, read only by their organisme and the Région. */
export class StagiaireService {
  constructor(private readonly db: DataSource) {}

  private readonly byAction = async (ids: readonly number[], organismeId: number | null) =>
    manyByKey(
      ids,
      await this.db.getRepository(Stagiaire).find({
        where: { actionId: In([...ids]), ...(organismeId === null ? {} : { organismeId }) },
        order: { nom: "ASC", prenom: "ASC" },
      }),
      (s) => s.actionId,
    );

  ofAction(ctx: RequestContext, caller: Caller, actionId: number): Promise<Stagiaire[]> {
    return ctx.loaders.get(this.byAction, organismeScope(caller)).load(actionId);
  }
}
