import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import type { Container } from "@sigma/kit/container/container";
import { OrganismeLoader } from "./organisme.loader.js";

/** `_entities` for Organisme: batched; an OF gets only its own. */
export const organismeReference = (container: Container) => ({
  __resolveReference: (reference: { id: string }, ctx: RequestContext) =>
    container.get(OrganismeLoader).loadFor(ctx, requireCaller(ctx), Number(reference.id)),
});
