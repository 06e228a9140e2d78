import { spawn, type ChildProcess } from "node:child_process";

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Everything the process wrote, for a useful failure message. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `node <entry>` and resolves once it prints its "prêt sur <url>" line
 * (ports may be 0: the process tells which one it got).
 */
export function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => child.kill("SIGKILL"), 8_000);
      child.once("exit", () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} n'a pas démarré en ${timeoutMs} ms :\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.SIGMA_STACK_VERBOSE === "1") process.stdout.write(`[${name}] ${chunk}`);
      const match = /prêt sur (http:\/\/[^\s"]+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stdout?.on("data", (c: Buffer) => {
          output += c.toString();
          if (process.env.SIGMA_STACK_VERBOSE === "1") process.stdout.write(`[${name}] ${c}`);
        });
        resolve({ name, url: match[1]!, child, output: () => output, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.SIGMA_STACK_VERBOSE === "1") process.stderr.write(`[${name}] ${chunk}`);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} s'est arrêté (code ${code}) :\n${output}`));
    });
  });
}
