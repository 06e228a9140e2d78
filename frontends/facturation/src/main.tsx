import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import FacturationPage from "./app/facturation-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/facturation dev`):
 * in production the shell renders FacturationPage with its own client and router.
 */
StandaloneRoot({ page: FacturationPage });
