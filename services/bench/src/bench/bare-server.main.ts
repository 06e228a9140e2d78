import { createServer } from "node:http";
import { readFileSync } from "node:fs";

/**
 * T0, the transport floor: a bare node:http server that reads the request body and answers
 * the exact bytes the gateway answered (one body per path, from the JSON file given in
 * BENCH_BODIES: { "/t2": "...", "/t3": "..." }). Same keep-alive settings as our servers.
 */
const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(process.env.BENCH_BODIES!, "utf8")) as Record<string, string>).map(([path, text]) => [path, Buffer.from(text)]),
);
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = bodies.get(req.url ?? "") ?? Buffer.from("{}");
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`prêt sur http://127.0.0.1:${port}/graphql\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
