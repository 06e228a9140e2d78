import { requireCaller } from "@sigma/kit/auth/guard";
import type { Container } from "@sigma/kit/container/container";
import type { RequestContext } from "@sigma/kit/context/context";
import { forbidden } from "@sigma/kit/errors/errors";
import { DeclarationService } from "./declaration.service.js";

/** `_entities` for DeclarationMensuelle ("action:mois"): batched like every read; never for CARIF. */
export const declarationReference = (container: Container) => ({
  __resolveReference: (reference: { id: string }, ctx: RequestContext) => {
    const caller = requireCaller(ctx);
    if (caller.role === "CARIF") throw forbidden();
    return container.get(DeclarationService).byId(ctx, caller, reference.id);
  },
});
