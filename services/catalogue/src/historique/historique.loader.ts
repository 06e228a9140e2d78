import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import { In, type DataSource } from "typeorm";

type Batch = (ids: readonly string[]) => Promise<EvenementHistorique[][]>;

/** « Etat / Historique » of any object, oldest first: one statement per kind of object and request. */
export class HistoriqueLoader {
  private readonly batches = new Map<string, Batch>();

  constructor(private readonly db: DataSource) {}

  of(ctx: RequestContext, objetType: string, objetId: number): Promise<EvenementHistorique[]> {
    return ctx.loaders.get(this.batch(objetType)).load(String(objetId));
  }

  private batch(objetType: string): Batch {
    let batch = this.batches.get(objetType);
    if (!batch) {
      batch = async (ids) =>
        manyByKey(ids, await this.db.getRepository(EvenementHistorique).find({ where: { objetType, objetId: In([...ids]) }, order: { id: "ASC" } }), (e) => e.objetId);
      this.batches.set(objetType, batch);
    }
    return batch;
  }
}
