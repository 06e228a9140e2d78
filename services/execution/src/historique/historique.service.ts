import { organismeScope, type Caller } from "@sigma/kit/auth/caller";
import type { RequestContext } from "@sigma/kit/context/context";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { manyByKey } from "@sigma/kit/loaders/loaders";
import type { DataSource } from "typeorm";

/** « Etat / Historique »: an object's events, oldest first, scoped like the object. */
export class HistoriqueService {
  constructor(private readonly db: DataSource) {}

  /** Keys "Type:id"; one statement for every object asked in the request. */
  private readonly byObjet = async (keys: readonly string[], organismeId: number | null) => {
    const where = keys.map((key) => {
      // "Type:id", the id itself may hold colons ("Realisation:12:2023-01").
      const objetType = key.slice(0, key.indexOf(":"));
      const objetId = key.slice(key.indexOf(":") + 1);
      return { objetType, objetId, ...(organismeId === null ? {} : { organismeId }) };
    });
    const rows = await this.db.getRepository(EvenementHistorique).find({ where, order: { instant: "ASC", id: "ASC" } });
    return manyByKey(keys, rows, (e) => `${e.objetType}:${e.objetId}`);
  };

  of(ctx: RequestContext, caller: Caller, objetType: string, objetId: number | string): Promise<EvenementHistorique[]> {
    return ctx.loaders.get(this.byObjet, organismeScope(caller)).load(`${objetType}:${objetId}`);
  }
}
