import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../errors/errors.js";
import { ServiceGraphClient, describeFailure, isRetryable } from "./service-client.js";

/**
 * The client's classification of failures, against a loopback HTTP server standing in for the
 * gateway (the real gateway is exercised in gateway/test/operations/relay-refusal.test.ts).
 */
describe("ServiceGraphClient", () => {
  let server: Server;
  let url: string;
  let answer: { status: number; body: string } = { status: 200, body: "{}" };
  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = "";
      request.on("data", (chunk: Buffer) => (text += chunk.toString()));
      request.on("end", () => {
        if (text.includes("ServiceConnexion")) {
          response.end(JSON.stringify({ data: { connexion: { jeton: "j", expiration: new Date(Date.now() + 3_600_000).toISOString() } } }));
          return;
        }
        response.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const failure = (client = new ServiceGraphClient(url, "svc-test", "secret")) => client.query("{ x }").then(() => null, (e: unknown) => e as DomainError);

  it("passes a business refusal on with its code and message: final", async () => {
    for (const code of ["CONFLICT", "BAD_USER_INPUT", "NOT_FOUND"]) {
      answer = { status: 200, body: JSON.stringify({ data: null, errors: [{ message: `Refus ${code}.`, extensions: { code } }] }) };
      const error = await failure();
      expect(error).toBeInstanceOf(DomainError);
      expect([error!.extensions.code, error!.message]).toEqual([code, `Refus ${code}.`]);
      expect(isRetryable(error)).toBe(false);
      expect(describeFailure(error)).toBe(`${code} : Refus ${code}.`);
    }
  });

  it("turns unavailability into a retryable SERVICE_UNAVAILABLE that keeps the reason", async () => {
    answer = { status: 200, body: JSON.stringify({ data: null, errors: [{ message: "subgraph down", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }) };
    const downstream = await failure();
    expect(downstream!.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(isRetryable(downstream)).toBe(true);
    expect(describeFailure(downstream)).toMatch(/^SERVICE_UNAVAILABLE : Un service de SIGMA-graph est momentanément indisponible.*\(INTERNAL_SERVER_ERROR : subgraph down\)$/);
    // The reason stays out of what a client would see.
    expect(JSON.stringify(downstream!.toJSON())).not.toContain("subgraph down");

    answer = { status: 502, body: "<html>Bad gateway</html>" };
    expect(describeFailure(await failure())).toMatch(/^SERVICE_UNAVAILABLE : .*\(réponse HTTP 502 illisible\)$/);

    const closed = await failure(new ServiceGraphClient("http://127.0.0.1:1/graphql", "svc-test", "secret", 1_000));
    expect(closed!.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(isRetryable(closed)).toBe(true);
    expect(isRetryable(new Error("n'importe quoi"))).toBe(true);
  });
});
