// Reference servers measured in the same run as Rostra, so figures are ratios on a noisy machine.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export async function startReference(kind: "fastify" | "node-http", port: number, bodyBytes = 20): Promise<ChildProcess> {
  const script =
    kind === "fastify"
      ? `const f=require('fastify')();f.get('/',async()=>({hello:'world'}));f.listen({port:${port},host:'127.0.0.1'}).then(()=>console.log('ready'))`
      : `const body=JSON.stringify({x:'${"a".repeat(Math.max(1, bodyBytes - 8))}'});require('http').createServer((q,r)=>{r.writeHead(200,{'content-type':'application/json','content-length':Buffer.byteLength(body)});r.end(body)}).listen(${port},'127.0.0.1',()=>console.log('ready'))`;
  const child = spawn(process.execPath, ["-e", script], { cwd: path.resolve(here, ".."), stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} reference did not start`)), 10_000);
    child.stdout!.on("data", (d) => {
      if (String(d).includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}
