import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { validate, ValidationSeverity } from "dockerfile-utils";
import { afterAll, describe, expect, it } from "vitest";
import { parseManifest } from "../../../frontends/shell/src/config/manifest.js";
import { dockerStages, globalArgs, read, repo } from "./files.js";

/**
 * The container images cannot be built here (no container engine): their Dockerfiles are
 * linted (dockerfile-utils, the linter of the VS Code Docker extension, plus hadolint-like
 * rules below), and the front ends' image's own pieces — nginx configuration and the script
 * writing manifest.json — are run for real.
 */
const NODE_IMAGES = [
  { dockerfile: "services/catalogue/Dockerfile", port: 4001, entry: "services/catalogue/dist/main.js" },
  { dockerfile: "services/execution/Dockerfile", port: 4002, entry: "services/execution/dist/main.js" },
  { dockerfile: "services/finance/Dockerfile", port: 4003, entry: "services/finance/dist/main.js" },
  { dockerfile: "gateway/Dockerfile", port: 4000, entry: "gateway/dist/main.js" },
];
const ALL = [...NODE_IMAGES.map((i) => i.dockerfile), "frontends/shell/Dockerfile"];
const pnpmVersion = (JSON.parse(read("package.json")) as { packageManager: string }).packageManager.replace("pnpm@", "");

describe.each(ALL)("%s", (dockerfile) => {
  const stages = dockerStages(dockerfile);
  const runtime = stages.at(-1)!;
  const args = globalArgs(dockerfile);
  const image = (from: string) => from.replace(/^\$\{(\w+)\}$/, (_, name: string) => args[name] ?? "");
  const all = (keyword: string) => stages.flatMap((s) => s.instructions.filter((i) => i.keyword === keyword));

  it("passes dockerfile-utils with every check at error level", () => {
    const diagnostics = validate(read(dockerfile), {
      deprecatedMaintainer: ValidationSeverity.ERROR,
      directiveCasing: ValidationSeverity.ERROR,
      emptyContinuationLine: ValidationSeverity.ERROR,
      instructionCasing: ValidationSeverity.ERROR,
      instructionCmdMultiple: ValidationSeverity.ERROR,
      instructionEntrypointMultiple: ValidationSeverity.ERROR,
      instructionHealthcheckMultiple: ValidationSeverity.ERROR,
      instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
      instructionWorkdirRelative: ValidationSeverity.ERROR,
    });
    expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it("builds in one stage and runs in a slim one, from pinned images (no latest)", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(image(stage.from)).toMatch(/^[\w./-]+:(?!latest$)[\w.-]+$/);
    const names = new Set(stages.map((s) => s.name));
    for (const copy of all("COPY").filter((c) => c.args.includes("--from="))) {
      expect(names, copy.args).toContain(/--from=(\S+)/.exec(copy.args)![1]);
    }
  });

  it("runs as a non-root user with a health check and an exec-form command", () => {
    const user = runtime.instructions.filter((i) => i.keyword === "USER").at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const healthcheck = runtime.instructions.filter((i) => i.keyword === "HEALTHCHECK");
    expect(healthcheck).toHaveLength(1);
    expect(healthcheck[0]!.args).toMatch(/\/health(z)?\b/);
    for (const command of [...runtime.instructions.filter((i) => i.keyword === "CMD"), ...healthcheck.map((h) => ({ args: h.args.replace(/^.*?CMD\s+/, "") }))]) {
      expect(() => JSON.parse(command.args), command.args).not.toThrow();
    }
  });

  it("follows hadolint's rules on apt-get, ADD, pnpm and the build context", () => {
    for (const run of all("RUN").filter((r) => /apt-get install/.test(r.args))) {
      expect(run.args).toMatch(/apt-get update/); // DL3009/DL3019: update and install together
      expect(run.args).toMatch(/--no-install-recommends/); // DL3015
      expect(run.args).toMatch(/-y\b/); // DL3014
      expect(run.args).toMatch(/rm -rf \/var\/lib\/apt\/lists\/\*/); // DL3009
    }
    expect(all("ADD")).toEqual([]); // DL3020: COPY, never ADD
    for (const run of all("RUN").filter((r) => /npm install -g/.test(r.args))) expect(run.args).toContain(`pnpm@${pnpmVersion}`); // DL3016
    for (const run of all("RUN")) expect(run.args).not.toMatch(/\bsudo\b|curl [^|]*\|\s*(ba)?sh/); // DL3004, piping into a shell
    for (const copy of all("COPY").filter((c) => !c.args.includes("--from="))) {
      const sources = copy.args.replace(/--\S+/g, "").trim().split(/\s+/).slice(0, -1);
      for (const source of sources) expect(existsSync(path.join(repo, source)), source).toBe(true);
    }
    const ignore = read(`${dockerfile}.dockerignore`);
    for (const pattern of ["**/node_modules", "**/dist", ".git", "**/.env"]) expect(ignore).toContain(pattern);
  });
});

describe.each(NODE_IMAGES)("$dockerfile (Node service)", ({ dockerfile, port, entry }) => {
  const stages = dockerStages(dockerfile);
  const runtime = stages.at(-1)!;
  const env = runtime.instructions.filter((i) => i.keyword === "ENV").map((i) => i.args).join(" ");

  it("runs on the current Node LTS (24) in production mode, on the port it exposes", () => {
    expect(globalArgs(dockerfile).NODE_IMAGE).toMatch(/^node:24-/);
    expect(env).toMatch(/NODE_ENV=production/);
    expect(runtime.instructions.find((i) => i.keyword === "EXPOSE")?.args).toBe(String(port));
    expect(env).toContain(`=${port}`);
    expect(JSON.parse(runtime.instructions.find((i) => i.keyword === "CMD")!.args)).toEqual(["node", entry]);
    expect(runtime.instructions.find((i) => i.keyword === "USER")?.args).toBe("node");
  });
});

describe("the front ends' image", () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), "sigma-frontends-"));
  const html = path.join(temp, "html");
  const manifestDir = path.join(temp, "manifest");
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  mkdirSync(path.join(html, "remotes", "actions", "assets"), { recursive: true });
  mkdirSync(path.join(html, "assets"), { recursive: true });
  writeFileSync(path.join(html, "index.html"), "<!doctype html><title>SIGMA</title>");
  writeFileSync(path.join(html, "assets", "index-AbCdEf12.js"), "console.log(1)");
  writeFileSync(path.join(html, "remotes", "actions", "remoteEntry.js"), "export {}");
  const script = path.join(repo, "frontends/shell/nginx/40-sigma-manifest.sh");
  const runScript = (env: Record<string, string>) =>
    spawnSync("sh", [script], { env: { PATH: process.env.PATH, SIGMA_HTML_DIR: html, SIGMA_MANIFEST_DIR: manifestDir, ...env }, encoding: "utf8" });

  it("writes manifest.json from the environment, listing every remote, in the shape the shell checks", () => {
    const run = runScript({ SIGMA_PUBLIC_URL: "https://sigma.region.example/", SIGMA_GATEWAY_PUBLIC_URL: "https://sigma.region.example/graphql" });
    expect(run.status, run.stderr).toBe(0);
    const manifest = parseManifest(JSON.parse(readFileSync(path.join(manifestDir, "manifest.json"), "utf8")));
    expect(manifest).toEqual({
      gateway: "https://sigma.region.example/graphql",
      remotes: { actions: "https://sigma.region.example/remotes/actions/remoteEntry.js" },
    });
  });

  it("refuses to start without the URLs, or with a URL that would break the JSON", () => {
    expect(runScript({ SIGMA_GATEWAY_PUBLIC_URL: "https://x.example/graphql" }).status).not.toBe(0);
    const quoted = runScript({ SIGMA_PUBLIC_URL: "https://x.example", SIGMA_GATEWAY_PUBLIC_URL: 'https://x.example/"}' });
    expect(quoted.status).not.toBe(0);
    expect(quoted.stderr).toMatch(/forbidden character/);
    expect(runScript({ SIGMA_PUBLIC_URL: "javascript:alert(1)", SIGMA_GATEWAY_PUBLIC_URL: "https://x.example/graphql" }).status).not.toBe(0);
  });

  const nginx = "/usr/sbin/nginx";
  const haveNginx = existsSync(nginx);
  if (!haveNginx && process.env.CI) throw new Error("nginx est requis en CI (.ci/run l'installe) pour vérifier la configuration de l'image des front ends");
  if (!haveNginx) process.stderr.write("\n⚠ nginx absent : configuration de l'image des front ends non exécutée (hors CI seulement).\n");

  it.skipIf(!haveNginx)("serves the shell, the remotes and manifest.json with the image's nginx configuration", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    // The image's configuration, with only the paths and the port of this machine swapped in.
    const site = read("frontends/shell/nginx/default.conf")
      .replace("listen 8080;", `listen 127.0.0.1:${port};`)
      .replace("root /usr/share/nginx/html;", `root ${html};`)
      .replace("alias /tmp/sigma/manifest.json;", `alias ${manifestDir}/manifest.json;`);
    writeFileSync(path.join(temp, "site.conf"), site);
    writeFileSync(
      path.join(temp, "nginx.conf"),
      `daemon off; master_process off; pid ${temp}/nginx.pid; error_log ${temp}/error.log;\n` +
        `events {}\nhttp { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy;\n` +
        `fastcgi_temp_path ${temp}/fastcgi; uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi; include ${temp}/site.conf; }\n`,
    );
    const syntax = spawnSync(nginx, ["-t", "-q", "-p", temp, "-e", `${temp}/error.log`, "-c", `${temp}/nginx.conf`], { encoding: "utf8" });
    expect(syntax.status, syntax.stderr).toBe(0);
    const server = spawn(nginx, ["-p", temp, "-e", `${temp}/error.log`, "-c", `${temp}/nginx.conf`], { stdio: "ignore" });
    try {
      const base = `http://127.0.0.1:${port}`;
      let health: Response | undefined;
      for (let i = 0; i < 50 && !health; i += 1) {
        health = await fetch(`${base}/healthz`).catch(() => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 50));
      }
      expect(health?.status).toBe(200);
      const get = (p: string) => fetch(`${base}${p}`);
      const manifest = await get("/manifest.json");
      expect(manifest.headers.get("cache-control")).toBe("no-store");
      expect(parseManifest(await manifest.json()).remotes.actions).toMatch(/remotes\/actions\/remoteEntry\.js$/);
      const deepLink = await get("/actions/23P0000000_TEST_1");
      expect(deepLink.status).toBe(200);
      expect(await deepLink.text()).toContain("<title>SIGMA</title>");
      expect(deepLink.headers.get("x-frame-options")).toBe("DENY");
      expect((await get("/assets/index-AbCdEf12.js")).headers.get("cache-control")).toMatch(/immutable/);
      const remote = await get("/remotes/actions/remoteEntry.js");
      expect(remote.headers.get("cache-control")).toBe("no-cache");
      expect(remote.headers.get("content-type")).toMatch(/javascript/);
      expect((await get("/remotes/actions/absent.js")).status).toBe(404);
    } finally {
      server.kill("SIGTERM");
    }
  });
});
