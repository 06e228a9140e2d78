import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

/**
 * `NODE_OPTIONS=--import=…/cpu-profile.register.js SIGMA_CPU_PROFILE_DIR=dir`: a V8 CPU profile of
 * the process, written to dir/CPU.<pid>.cpuprofile when it receives SIGTERM (how the bench stops
 * its processes). Node 20 refuses `--cpu-prof` in NODE_OPTIONS; the inspector does the same job.
 */
const dir = process.env.SIGMA_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 200 }, () => session.post("Profiler.start")));
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(path.join(dir, `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.prependListener("SIGTERM", write);
  process.prependListener("SIGINT", write);
}
