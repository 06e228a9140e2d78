import { runSubgraphProcess } from "@sigma/kit/server/subgraph";
import { execution } from "./subgraph.js";

runSubgraphProcess(execution);
