import { gatewayConfig } from "./config.js";
import { startGateway } from "./gateway.js";

startGateway(gatewayConfig())
  .then((gateway) => {
    const stop = () => gateway.close().then(() => process.exit(0), () => process.exit(1));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: "fatal", service: "gateway", error: String(error) })}\n`);
    process.exit(1);
  });
