import type { RequestContext } from "@sigma/kit/context/context";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";
import { Stagiaire } from "./stagiaire.entity.js";

export class StagiaireService {
  constructor(private readonly db: DataSource) {}

  private readonly byAction = async (ids: readonly number[]) =>
    manyByKey(
      ids,
      await this.db.getRepository(Stagiaire).find({ where: { actionId: In([...ids]) }, order: { nom: "ASC", prenom: "ASC" } }),
      (s) => s.actionId,
    );

  ofAction(ctx: RequestContext, actionId: number): Promise<Stagiaire[]> {
    return ctx.loaders.get(this.byAction).load(actionId);
  }
}
