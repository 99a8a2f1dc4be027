// Serves the built relay (build/relay/, from relay/build.sh) with workerd
// on 127.0.0.1:$RELAY_PORT (8787), upstreams allowed by $RELAY_ALLOW.
//   node relay/serve.mjs            (what `make relay` runs)
// Tests import start() to run their own relay on a free port.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import workerdModule from 'workerd';

// The workerd binary shipped by the npm package (its default export).
const workerd = workerdModule.default ?? workerdModule;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD = join(root, 'build', 'relay');

/**
 * Network blocks to let through workerd's `public`-only network for the
 * allowlist's entries that name an address and a port: the core admits a
 * non-public address only in that case, and then the network must too.
 * `localhost` stands for the loopback addresses. Entries without a port
 * never admit a non-public address, so they add nothing here.
 */
export function localBlocks(allow) {
  const blocks = new Set();
  for (const entry of (allow ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    let url;
    try {
      url = new URL(`http://${entry}`);
    } catch {
      continue;
    }
    if (!url.port && !/:\d+$/.test(entry)) continue;
    const host = url.hostname;
    if (host === 'localhost') {
      blocks.add('127.0.0.1/32');
      blocks.add('::1/128');
    } else if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
      blocks.add(`${host}/32`);
    } else if (host.startsWith('[')) {
      blocks.add(`${host.slice(1, -1)}/128`);
    }
  }
  return [...blocks];
}

/** Writes build/relay/config.capnp for `allow`; returns its path. */
export function writeConfig(allow, name = 'config.capnp') {
  const template = readFileSync(join(root, 'relay', 'config.capnp'), 'utf8');
  const allowed = ['public', ...localBlocks(allow)].map((b) => JSON.stringify(b)).join(', ');
  const config = template.replace('allow = ["public"]', `allow = [${allowed}]`);
  const path = join(BUILD, name);
  writeFileSync(path, config);
  return path;
}

/**
 * Starts workerd. Resolves once it answers HTTP, with `{url, child,
 * stop()}`. `env` adds bindings (RELAY_MAX_BYTES, …).
 */
export async function start({ port, allow, env = {}, stdio = 'ignore', config }) {
  // One file per relay, so relays started side by side do not collide.
  const path = writeConfig(allow, config ?? `config-${port}.capnp`);
  const child = spawn(
    workerd,
    ['serve', path, '--socket-addr', `http=127.0.0.1:${port}`],
    { env: { ...process.env, ...env, RELAY_ALLOW: allow ?? '' }, stdio },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    if (!config) rmSync(path, { force: true });
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/`);
      return { url, child, stop };
    } catch {
      if (i > 300) {
        await stop();
        throw new Error('workerd did not start within 30 s');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.RELAY_PORT || 8787);
  const allow = process.env.RELAY_ALLOW ?? '';
  if (!allow) console.warn('relay: RELAY_ALLOW is empty, so every upstream is refused');
  const relay = await start({ port, allow, stdio: 'inherit', config: 'config.capnp' });
  console.log(`relay: serving on ${relay.url}/v1/ (allow: ${allow || 'nothing'})`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      await relay.stop();
      process.exit(0);
    });
  }
}
