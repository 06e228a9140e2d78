import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import FermeturePage from "./app/fermeture-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/fermeture dev`):
 * in production the shell renders FermeturePage with its own client and router.
 */
StandaloneRoot({ page: FermeturePage });
