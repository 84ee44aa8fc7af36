// What the main thread and the detection thread say to each other.
import type { OperatorRule } from "../detection/operator-rules.js";
import type { Analysis } from "../detection/types.js";

export type ThreadRequest = { type: "rules"; rules: OperatorRule[] } | { type: "analyze"; id: number; text: string };

export type ThreadReply = { id: number; analysis: Analysis } | { id: number; error: string };
