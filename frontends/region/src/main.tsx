import { StandaloneRoot } from "@sigma/ui-kit/components/standalone-root";
import RegionPage from "./app/region-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/region dev`):
 * in production the shell renders RegionPage with its own client and router.
 */
StandaloneRoot({ page: RegionPage });
