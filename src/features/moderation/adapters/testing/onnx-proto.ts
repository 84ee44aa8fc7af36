// A minimal ONNX protobuf writer for tests: enough of ModelProto/GraphProto/NodeProto/TensorProto/
// ValueInfoProto to write tiny models by hand (no ONNX tooling needed). Field numbers from onnx.proto.

type Field = number[];

function varint(n: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(n));
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}

const tag = (field: number, wire: number) => varint((field << 3) | wire);
const int = (field: number, n: number | bigint): Field => [...tag(field, 0), ...varint(n)];
const bytes = (field: number, b: ArrayLike<number>): Field => [...tag(field, 2), ...varint(b.length), ...Array.from(b)];
const str = (field: number, s: string): Field => bytes(field, Buffer.from(s, "utf8"));
const msg = (field: number, parts: Field[]): Field => bytes(field, parts.flat());

export const FLOAT = 1;
export const INT64 = 7;

/** a graph input/output: name, element type, shape (a string = a symbolic dimension) */
export function valueInfo(field: number, name: string, elemType: number, shape: (number | string)[]): Field {
  const dims = shape.map((d) => msg(1, [typeof d === "number" ? int(1, d) : str(2, d)]));
  return msg(field, [str(1, name), msg(2, [msg(1, [int(1, elemType), msg(2, dims)])])]);
}

export function floatTensor(name: string, dims: number[], values: ArrayLike<number>): Field {
  const raw = Buffer.from(new Float32Array(Array.from(values)).buffer);
  return msg(5, [...dims.map((d) => int(1, d)), int(2, FLOAT), str(8, name), bytes(9, raw)]);
}

export type Attr = { name: string; ints: number[] } | { name: string; int: number };

export function node(op: string, inputs: string[], outputs: string[], attrs: Attr[] = []): Field {
  const a = attrs.map((x) =>
    "ints" in x ? msg(5, [str(1, x.name), int(20, 7), ...x.ints.map((i) => int(8, i))]) : msg(5, [str(1, x.name), int(20, 2), int(3, x.int)]),
  );
  return msg(1, [...inputs.map((i) => str(1, i)), ...outputs.map((o) => str(2, o)), str(3, `${op}_${outputs[0]}`), str(4, op), ...a]);
}

export function model(parts: { nodes: Field[]; initializers: Field[]; inputs: Field[]; outputs: Field[] }, opset = 13): Uint8Array {
  const graph = msg(7, [...parts.nodes, str(2, "g"), ...parts.initializers, ...parts.inputs, ...parts.outputs]);
  return Uint8Array.from([...int(1, 8), ...str(2, "rostra-test"), ...graph, ...msg(8, [str(1, ""), int(2, opset)])]);
}

/** x[1, D] → Sigmoid(x · W + b) → probs[1, K] */
export function linearSigmoidModel(w: number[][], b: number[]): Uint8Array {
  const d = w.length;
  const k = b.length;
  return model({
    nodes: [node("MatMul", ["x", "W"], ["h"]), node("Add", ["h", "B"], ["z"]), node("Sigmoid", ["z"], ["probs"])],
    initializers: [floatTensor("W", [d, k], w.flat()), floatTensor("B", [k], b)],
    inputs: [valueInfo(11, "x", FLOAT, [1, d])],
    outputs: [valueInfo(12, "probs", FLOAT, [1, k])],
  });
}

/** input_ids[1, T] → Gather rows of E[V, K] → ReduceMax over tokens → scores[1, K] */
export function tokenMaxModel(e: number[][]): Uint8Array {
  const v = e.length;
  const k = e[0].length;
  return model({
    nodes: [node("Gather", ["E", "input_ids"], ["g"]), node("ReduceMax", ["g"], ["scores"], [{ name: "axes", ints: [1] }, { name: "keepdims", int: 0 }])],
    initializers: [floatTensor("E", [v, k], e.flat())],
    inputs: [valueInfo(11, "input_ids", INT64, [1, "T"])],
    outputs: [valueInfo(12, "scores", FLOAT, [1, k])],
  });
}
