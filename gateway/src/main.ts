import { errorFields, logger } from "@sigma/kit/logging/logger";
import { gatewayConfig } from "./config.js";
import { startGateway } from "./gateway.js";

startGateway(gatewayConfig())
  .then((gateway) => {
    const stop = (signal: string) => {
      logger().info(`${signal} reçu, arrêt en cours`);
      gateway.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  })
  .catch((error: unknown) => {
    // A start error holds configuration, not data: its message is kept whole.
    logger().fatal({ ...errorFields(error), reason: error instanceof Error ? error.message : String(error) }, "échec du démarrage");
    process.exit(1);
  });
