import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import ActionsPage from "./app/actions-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/actions dev`):
 * in production the shell renders ActionsPage with its own client and router.
 */
StandaloneRoot({ page: ActionsPage });
