import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { sendJson, type RequestHandler } from "@sigma/kit/http/graphql-handler";

/**
 * Per-client token bucket (in this process: behind a load balancer each gateway instance
 * limits on its own; the edge proxy or Apollo Router limits globally). A client is its bearer
 * token when it has one, else its address.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly maxClients = 50_000,
  ) {}

  /** Milliseconds to wait, or 0 when the request may go. */
  take(client: string, now = Date.now()): number {
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    if (!this.buckets.has(client)) {
      if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
      this.buckets.set(client, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate);
  }
}

export function clientKey(req: IncomingMessage): string {
  const auth = req.headers.authorization;
  if (auth) return `t:${createHash("sha256").update(auth).digest("base64url").slice(0, 22)}`;
  return `a:${req.socket.remoteAddress ?? "?"}`;
}

export function withRateLimit(limiter: RateLimiter, handler: RequestHandler): RequestHandler {
  return (req, res) => {
    if (req.method === "OPTIONS") return handler(req, res);
    const wait = limiter.take(clientKey(req));
    if (wait > 0) {
      res.setHeader("retry-after", String(Math.ceil(wait / 1000)));
      sendJson(res, 429, {
        errors: [{ message: "Trop de requêtes : réessayez dans quelques secondes.", extensions: { code: "RATE_LIMITED" } }],
      });
      return;
    }
    return handler(req, res);
  };
}
