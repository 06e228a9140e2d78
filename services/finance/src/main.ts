import { runSubgraphProcess } from "@sigma/kit/server/subgraph";
import { finance } from "./subgraph.js";

runSubgraphProcess(finance);
