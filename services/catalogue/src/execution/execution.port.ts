import type { ServiceGraphClient } from "@sigma/kit/graph/service-client";

/**
 * What catalogue asks of execution, through the gateway with its service credential (never
 * execution's tables). The only two calls to execution live here.
 */
export interface ExecutionPort {
  /** The action's real start date, null while it is not opened (CONTRACTS.md: Action.dateDebutReelle). */
  dateDebutReelle(actionId: number): Promise<string | null>;
  /** SERVICE-only, idempotent by `reference` (CONTRACTS.md). */
  appliquerDateDebutReelle(actionId: number, date: string, reference: string): Promise<void>;
}

export class GraphExecutionPort implements ExecutionPort {
  constructor(private readonly client: () => ServiceGraphClient) {}

  async dateDebutReelle(actionId: number): Promise<string | null> {
    const data = await this.client().query<{ actionParId: { dateDebutReelle: string | null } | null }>(
      "query CatalogueDateDebutReelle($id: ID!) { actionParId(id: $id) { dateDebutReelle } }",
      { id: String(actionId) },
    );
    return data.actionParId?.dateDebutReelle ?? null;
  }

  async appliquerDateDebutReelle(actionId: number, date: string, reference: string): Promise<void> {
    await this.client().query(
      "mutation CatalogueAppliquerDateDebutReelle($a: ID!, $d: Date!, $r: String!) { appliquerDateDebutReelle(actionId: $a, date: $d, reference: $r) { id } }",
      { a: String(actionId), d: date, r: reference },
    );
  }
}
