import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import SuiviPage from "./app/suivi-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/suivi dev`):
 * in production the shell renders SuiviPage with its own client and router.
 */
StandaloneRoot({ page: SuiviPage });
