import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import InscriptionPage from "./app/inscription-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/inscription dev`):
 * in production the shell renders InscriptionPage with its own client and router.
 */
StandaloneRoot({ page: InscriptionPage });
