// Shared by the tests that use dist/ as an app would: the package as
// `npm pack` makes it, unpacked into a scratch app's node_modules (exactly
// what `npm install ./syndicard-x.y.z.tgz` does, without a registry), and a
// static server for a built app.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

const root = new URL("../../", import.meta.url).pathname;

/**
 * A scratch app folder with node_modules/syndicard unpacked from `npm pack
 * dist/` and `links` (names of the repository's own dev dependencies, e.g.
 * "@types/react") linked in. `remove()` deletes it.
 */
export function scratchApp(links = []) {
  const dir = mkdtempSync(join(tmpdir(), "syndicard-app-"));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", join(root, "dist"), "--pack-destination", dir, "--json", "--ignore-scripts"], { encoding: "utf8" }),
  );
  const target = join(dir, "node_modules", "syndicard");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", join(dir, packed.filename), "-C", target, "--strip-components=1"]);
  for (const name of links) {
    mkdirSync(join(dir, "node_modules", name, ".."), { recursive: true });
    symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves `dir` on 127.0.0.1 (a free port); resolves with `{origin, close()}`. */
export async function serveDir(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
