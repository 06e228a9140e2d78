import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import type { Container } from "@sigma/kit/container/container";
import { ActionService } from "./action.service.js";

/** `_entities` for Action: batched through the request's loader. */
export const actionReference = (container: Container) => ({
  __resolveReference: (reference: { id: string }, ctx: RequestContext) =>
    container.get(ActionService).load(ctx, requireCaller(ctx), Number(reference.id)),
});
