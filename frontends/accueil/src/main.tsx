import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import AccueilPage from "./app/accueil-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/accueil dev`):
 * in production the shell renders AccueilPage with its own client and router.
 */
StandaloneRoot({ page: AccueilPage });
