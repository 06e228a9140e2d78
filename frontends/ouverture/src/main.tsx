import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import OuverturePage from "./app/ouverture-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/ouverture dev`):
 * in production the shell renders OuverturePage with its own client and router.
 */
StandaloneRoot({ page: OuverturePage });
