import { existsSync } from "node:fs";
import path from "node:path";
import { parse as parseGraphQL, Kind, type EnumTypeDefinitionNode } from "graphql";
import { ConfigMap, Namespace, Secret, Service } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { Ingress, NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { describe, expect, it } from "vitest";
import { deployDir, dockerStages, read, repo, yamlDocuments, yamlFiles } from "./files.js";

/**
 * Compose file, Kubernetes manifests and Apollo Router configuration: they cannot run here, so
 * each Kubernetes object is validated against the Kubernetes API's JSON schema
 * (kubernetes-models, ajv) and all of them are checked against each other, the Dockerfiles and
 * the supergraph.
 */
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MODELS: Record<string, new (data: never) => { validate: () => void }> = {
  "v1/ConfigMap": ConfigMap,
  "v1/Namespace": Namespace,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "batch/v1/Job": Job,
  "networking.k8s.io/v1/Ingress": Ingress,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};
const SUBGRAPHS = { catalogue: 4001, execution: 4002, finance: 4003 } as const;
const STATELESS = [...Object.keys(SUBGRAPHS), "gateway", "frontends"];
const k8sDir = `${deployDir}/kubernetes`;
const manifests = yamlFiles(k8sDir).filter((file) => !file.endsWith("kustomization.yaml"));
const objects = manifests.flatMap((file) => yamlDocuments(file).map((object) => ({ file, object: object as Obj })));
const find = (kind: string, name: string) => objects.find((o) => o.object.kind === kind && o.object.metadata?.name === name)?.object;
const exposedPort = (dockerfile: string) => Number(dockerStages(dockerfile).at(-1)!.instructions.find((i) => i.keyword === "EXPOSE")!.args);

describe("Kubernetes manifests", () => {
  it.each(objects.map((o) => [`${path.basename(o.file)} ${o.object.kind}/${o.object.metadata?.name}`, o.object]))(
    "%s is valid against the Kubernetes schema",
    (_name, object) => {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      expect(Model, `${object.apiVersion}/${object.kind} has no model here`).toBeDefined();
      expect(() => new Model!(object as never).validate()).not.toThrow();
    },
  );

  it("gives every stateless part a Deployment, a Service, a PodDisruptionBudget and an autoscaler", () => {
    for (const name of STATELESS) {
      const deployment = find("Deployment", name)!;
      expect(deployment, name).toBeDefined();
      const labels = deployment.spec.template.metadata.labels;
      expect(deployment.spec.selector.matchLabels).toEqual({ "app.kubernetes.io/name": name });
      expect(labels["app.kubernetes.io/name"]).toBe(name);
      expect(find("Service", name)!.spec.selector).toEqual({ "app.kubernetes.io/name": name });
      expect(find("PodDisruptionBudget", name)!.spec.selector.matchLabels).toEqual({ "app.kubernetes.io/name": name });
      const hpa = find("HorizontalPodAutoscaler", name)!;
      expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: "Deployment", name });
      expect(hpa.spec.minReplicas).toBeGreaterThan(find("PodDisruptionBudget", name)!.spec.minAvailable);
    }
  });

  it("probes liveness on /health and readiness on /ready (the gateway on /health, see gateway.yaml)", () => {
    for (const name of STATELESS) {
      const container = find("Deployment", name)!.spec.template.spec.containers[0];
      const expected = name in SUBGRAPHS ? "/ready" : name === "gateway" ? "/health" : "/manifest.json";
      expect(container.readinessProbe.httpGet.path, name).toBe(expected);
      expect(container.livenessProbe.httpGet.path, name).toBe(name === "frontends" ? "/healthz" : "/health");
    }
  });

  it("runs every container unprivileged, read-only, on the port its image exposes", () => {
    const dockerfiles: Record<string, string> = {
      ...Object.fromEntries(Object.keys(SUBGRAPHS).map((n) => [n, `services/${n}/Dockerfile`])),
      gateway: "gateway/Dockerfile",
      frontends: "frontends/shell/Dockerfile",
    };
    for (const { object } of objects.filter((o) => ["Deployment", "Job"].includes(o.object.kind))) {
      const pod = object.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot, object.metadata.name).toBe(true);
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
        if (object.kind === "Deployment") expect(container.ports[0].containerPort).toBe(exposedPort(dockerfiles[object.metadata.name]!));
      }
    }
  });

  it("mounts the token-signing key on catalogue only, and references only keys that exist", () => {
    const config = find("ConfigMap", "sigma-config")!.data as Record<string, string>;
    const secrets = Object.fromEntries(objects.filter((o) => o.object.kind === "Secret").map((o) => [o.object.metadata.name, Object.keys(o.object.stringData)]));
    for (const { object } of objects.filter((o) => ["Deployment", "Job"].includes(o.object.kind))) {
      const pod = object.spec.template.spec;
      for (const container of pod.containers) {
        for (const env of container.env ?? []) {
          if (env.valueFrom?.secretKeyRef) expect(secrets[env.valueFrom.secretKeyRef.name]).toContain(env.valueFrom.secretKeyRef.key);
          if (env.valueFrom?.configMapKeyRef) expect(Object.keys(config)).toContain(env.valueFrom.configMapKeyRef.key);
        }
      }
      const mounted = (pod.volumes ?? []).flatMap((v: Obj) => v.secret?.items?.map((i: Obj) => i.key) ?? []);
      for (const key of mounted) expect(secrets["sigma-keys"]).toContain(key);
      expect(mounted.includes("jwt_private.pem"), object.metadata.name).toBe(object.metadata.name === "catalogue");
    }
    for (const [name, port] of Object.entries(SUBGRAPHS)) expect(config[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
    expect(config.NODE_ENV).toBe("production");
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBe("");
  });

  it("lets only the gateway reach the subgraphs, and routes / and /graphql of one host", () => {
    const policy = find("NetworkPolicy", "subgraphs-from-gateway")!;
    expect(policy.spec.podSelector.matchLabels).toEqual({ "app.kubernetes.io/component": "subgraph" });
    expect(policy.spec.ingress[0].from).toEqual([{ podSelector: { matchLabels: { "app.kubernetes.io/name": "gateway" } } }]);
    for (const name of Object.keys(SUBGRAPHS)) {
      expect(find("Deployment", name)!.spec.template.metadata.labels["app.kubernetes.io/component"]).toBe("subgraph");
    }
    expect(find("Deployment", "gateway")!.spec.template.metadata.labels["app.kubernetes.io/component"]).not.toBe("subgraph");
    const paths = find("Ingress", "sigma-graph")!.spec.rules[0].http.paths.map((p: Obj) => [p.path, p.backend.service.name]);
    expect(paths).toEqual([["/graphql", "gateway"], ["/", "frontends"]]);
  });

  it("lists every manifest but the examples in kustomization.yaml", () => {
    const [kustomization] = yamlDocuments(`${k8sDir}/kustomization.yaml`) as Obj[];
    const listed = new Set<string>(kustomization!.resources);
    for (const file of listed) expect(existsSync(path.join(repo, k8sDir, file)), file).toBe(true);
    for (const file of manifests.map((f) => path.basename(f))) {
      expect(listed.has(file), file).toBe(!["secret.example.yaml", "migrate-job.yaml"].includes(file));
    }
  });
});

describe("compose file (production-like local stack)", () => {
  const [compose] = yamlDocuments(`${deployDir}/compose.yaml`) as Obj[];
  const services = compose!.services as Record<string, Obj>;

  it("builds each image from its Dockerfile in the workspace root", () => {
    for (const [name, service] of Object.entries(services).filter(([, s]) => s.build)) {
      const context = path.resolve(repo, deployDir, service.build.context);
      expect(context, name).toBe(repo);
      expect(existsSync(path.join(context, service.build.dockerfile)), name).toBe(true);
    }
    expect(Object.keys(services).sort()).toEqual(["catalogue", "execution", "finance", "frontends", "gateway", "mysql"]);
  });

  it("runs MySQL 8 with binary logs and gives each subgraph its own user and schema", () => {
    expect(services.mysql!.image).toMatch(/^mysql:8\./);
    expect(services.mysql!.command).toEqual(expect.arrayContaining(["--log-bin=binlog", "--binlog-format=ROW"]));
    const init = read(`${deployDir}/mysql/01-sigma-schemas.sh`);
    for (const name of Object.keys(SUBGRAPHS)) {
      expect(services[name]!.environment.DATABASE_URL).toBe(`mysql://${name}:\${${name.toUpperCase()}_DB_PASSWORD}@mysql:3306`);
      expect(services.mysql!.environment[`${name.toUpperCase()}_DB_PASSWORD`]).toBeDefined();
    }
    expect(init).toMatch(/for service in catalogue execution finance/);
    expect(init).toMatch(/GRANT ALL PRIVILEGES ON \\`sigma_\$\{service\}\\`\.\* TO '\$\{service\}'@'%'/);
  });

  it("runs every Node service in production mode, read-only, with keys from secret files", () => {
    const declared = Object.keys(compose!.secrets);
    for (const name of [...Object.keys(SUBGRAPHS), "gateway"]) {
      const service = services[name]!;
      expect(service.environment.NODE_ENV, name).toBe("production");
      expect(service.read_only).toBe(true);
      expect(service.environment.SIGMA_JWT_PUBLIC_KEY_FILE).toBe("/run/secrets/jwt_public");
      for (const secret of service.secrets) expect(declared).toContain(secret);
      expect(service.secrets.includes("jwt_private"), name).toBe(name === "catalogue");
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(services)).toContain(dependency);
    }
    expect(services.frontends!.environment.SIGMA_GATEWAY_PUBLIC_URL).toBeDefined();
    expect(compose!.networks.backend.internal).toBe(true);
  });
});

describe("Apollo Router configuration", () => {
  const [router] = yamlDocuments(`${deployDir}/router/router.yaml`) as Obj[];
  const supergraph = parseGraphQL(read("gateway/supergraph.graphql"));

  it("serves gateway/supergraph.graphql: spec versions Router knows, one URL per subgraph of the supergraph", () => {
    const links = supergraph.definitions
      .filter((d) => d.kind === Kind.SCHEMA_DEFINITION)
      .flatMap((d) => d.directives ?? [])
      .filter((d) => d.name.value === "link")
      .map((d) => (d.arguments?.find((a) => a.name.value === "url")?.value as { value: string }).value);
    for (const url of links) expect(url).toMatch(/^https:\/\/specs\.apollo\.dev\/(link\/v1\.0|join\/v0\.[1-5]|inaccessible\/v0\.2|tag\/v0\.[1-3])$/);
    expect(links).toContain("https://specs.apollo.dev/link/v1.0");
    const graphs = supergraph.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === "join__Graph")!;
    const names = graphs.values!.map((v) => (v.directives![0]!.arguments!.find((a) => a.name.value === "name")!.value as { value: string }).value);
    expect(Object.keys(router!.override_subgraph_url).sort()).toEqual([...names].sort());
    for (const [name, port] of Object.entries(SUBGRAPHS)) expect(router!.override_subgraph_url[name]).toBe(`http://${name}:${port}/graphql`);
  });

  it("forwards the token and the request id, hides subgraph errors and introspection", () => {
    const propagated = router!.headers.all.request.map((rule: Obj) => rule.propagate?.named);
    expect(propagated).toEqual(expect.arrayContaining(["authorization", "x-request-id"]));
    expect(router!.supergraph).toMatchObject({ path: "/graphql", introspection: false });
    expect(router!.include_subgraph_errors.all).toBe(false);
    expect(router!.limits.http_max_request_bytes).toBe(100_000);
    expect(router!.telemetry.exporters.tracing.propagation.trace_context).toBe(true);
  });
});
