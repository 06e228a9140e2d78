import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import type { Container } from "@sigma/kit/container/container";
import { ComposanteService } from "./composante.service.js";

/** `_entities` for Composante: batched, scoped like its action. */
export const composanteReference = (container: Container) => ({
  __resolveReference: (reference: { id: string }, ctx: RequestContext) =>
    container.get(ComposanteService).load(ctx, requireCaller(ctx), Number(reference.id)),
});
