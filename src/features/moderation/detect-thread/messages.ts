// What the main thread and the detection thread say to each other. Texts go in batches: everything
// asked for during one turn of the event loop travels in one message, and its answers come back in one
// (a message costs the sending thread about as much as scoring a short text).
import type { OperatorRule } from "../detection/operator-rules.js";
import type { Analysis } from "../detection/types.js";

export type ThreadRequest = { type: "rules"; rules: OperatorRule[] } | { type: "analyze"; items: { id: number; text: string }[] };

export type ThreadAnswer = { id: number; analysis: Analysis } | { id: number; error: string };

export type ThreadReply = { answers: ThreadAnswer[] };
