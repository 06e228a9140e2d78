import { runSubgraphProcess } from "@sigma/kit/server/subgraph";
import { catalogue } from "./subgraph.js";

runSubgraphProcess(catalogue);
