// WebKit (WebKitGTK's MiniBrowser, Debian's webkit2gtk-driver) through
// selenium-webdriver over classic WebDriver. MiniBrowser has no headless
// mode: it runs on a private Xvfb display. WebKitWebDriver has no log API
// and no BiDi: console errors come from the script server.mjs injects into
// every page (window.__engineProblems). One WebDriver session is one
// window, so pages are opened one at a time in it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { Builder } from "selenium-webdriver";
import { TIMEOUT, poll } from "./engines.mjs";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
// Pixels beyond the X screen are never painted, so the screen is as tall as
// the tallest page screenshotted whole.
const SCREEN = "1600x6000x24";

/** Process groups started here, killed on every way out of this process. */
const groups = new Set();
function killGroup(pid, signal = "SIGTERM") {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
process.on("exit", () => {
  for (const pid of groups) killGroup(pid, "SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    for (const pid of groups) killGroup(pid, "SIGKILL");
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]);
  });
}

/** Starts `command` in its own process group (so stopping it stops its children). */
function startGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child.pid);
  child.on("exit", () => groups.delete(child.pid));
  return child;
}

/** Stops a process group: SIGTERM, then SIGKILL if still there after `grace` ms. */
async function stopGroup(child, grace = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    if (child) killGroup(child.pid, "SIGKILL"); // children that outlived their leader
    return;
  }
  const exited = new Promise((ok) => child.once("exit", ok));
  killGroup(child.pid);
  const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), grace);
  await exited;
  clearTimeout(timer);
  killGroup(child.pid, "SIGKILL");
}

/** A free display: Xvfb picks it and writes its number to fd 3. */
async function startXvfb() {
  const xvfb = startGroup("Xvfb", ["-displayfd", "3", "-screen", "0", SCREEN, "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let stderr = "";
  xvfb.stderr.on("data", (d) => (stderr += d));
  const display = await new Promise((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`Xvfb gave no display in ${TIMEOUT.launch} ms`)), TIMEOUT.launch);
    xvfb.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) {
        clearTimeout(timer);
        ok(`:${out.trim()}`);
      }
    });
    xvfb.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
    xvfb.once("error", fail);
  }).catch(async (e) => {
    await stopGroup(xvfb);
    throw e;
  });
  return { xvfb, display };
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Resolves once the driver answers /status. */
async function driverReady(url, driver) {
  const deadline = Date.now() + TIMEOUT.launch;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`WebKitWebDriver did not answer in ${TIMEOUT.launch} ms`);
}

/**
 * Xvfb and WebKitWebDriver, ready for a session: `{ url, port, capabilities,
 * stop() }`. Any WebDriver client can open the session (selenium-webdriver
 * here; WebdriverIO in readme.test.mjs).
 */
export async function startDriver({ colorScheme = "light" } = {}) {
  let xvfb, driver;
  try {
    let display;
    ({ xvfb, display } = await startXvfb());
    const port = await freePort();
    driver = startGroup(process.env.WEBKITWEBDRIVER ?? "WebKitWebDriver", [`--port=${port}`, "--host=local"], {
      stdio: ["ignore", "ignore", "ignore"],
      env: { ...process.env, DISPLAY: display },
    });
    const url = `http://127.0.0.1:${port}`;
    await driverReady(url, driver);
    return {
      url,
      port,
      capabilities: {
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: MINIBROWSER,
          args: ["--automation", ...(colorScheme === "dark" ? ["--dark-mode"] : [])],
        },
      },
      async stop() {
        await stopGroup(driver);
        await stopGroup(xvfb);
      },
    };
  } catch (e) {
    await stopGroup(driver);
    await stopGroup(xvfb);
    throw e;
  }
}

export async function launch({ colorScheme }) {
  const driver = await startDriver({ colorScheme });
  let session;
  try {
    session = await new Builder().usingServer(driver.url).withCapabilities(driver.capabilities).build();
    await session.manage().setTimeouts({ script: TIMEOUT.load, pageLoad: TIMEOUT.load });
    const version = (await session.getCapabilities()).get("browserVersion");
    return engine(session, version, async () => {
      try {
        await session.quit();
      } finally {
        await driver.stop();
      }
    });
  } catch (e) {
    try {
      await session?.quit();
    } catch {
      // the session is gone with its browser
    }
    await driver.stop();
    throw e;
  }
}

/** Runs `fn(arg)` in the page; an exception in the page rejects here with its text. */
async function evaluateIn(session, fn, arg) {
  // The function's source goes in the script body (never through eval in
  // the page, which a strict CSP forbids).
  const result = await session.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then(
       (value) => done({ value: value === undefined ? null : value }),
       (error) => done({ error: String(error && error.stack || error) }));`,
    arg ?? null,
  );
  if (result?.error) throw new Error(`in the page: ${result.error}`);
  return result?.value;
}

function engine(session, version, close) {
  let open = null;
  return {
    name: "webkit",
    version,
    async newPage({ width = 1280, height = 900 } = {}) {
      if (open) throw new Error("webkit.mjs drives one page at a time: close the last one first");
      await session.get("about:blank");
      // The window includes MiniBrowser's toolbar; the page gets the width.
      await session.manage().window().setRect({ width, height });
      const earlier = [];
      const evaluate = (fn, arg) => evaluateIn(session, fn, arg);
      const current = async () => (await evaluate(() => window.__engineProblems ?? [])) || [];
      open = {
        raw: session,
        async open(url) {
          earlier.push(...(await current().catch(() => [])));
          await session.get(url);
        },
        evaluate,
        waitFor: (fn, arg, options) => poll(evaluate, fn, arg, options),
        async screenshot(path) {
          const { writeFile } = await import("node:fs/promises");
          const size = await evaluate(() => [innerWidth, document.documentElement.scrollHeight]);
          const rect = await session.manage().window().getRect();
          // Grow the window until the whole page is in the viewport.
          const toolbar = rect.height - (await evaluate(() => innerHeight));
          await session.manage().window().setRect({ width: rect.width, height: size[1] + toolbar });
          await poll(evaluate, (h) => innerHeight >= h, size[1], { timeout: 10_000, what: "the window to grow" });
          // Two frames, so the snapshot shows the page as laid out at that size.
          await evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          await writeFile(path, Buffer.from(await session.takeScreenshot(), "base64"));
          await session.manage().window().setRect(rect);
        },
        async problems() {
          return [...earlier, ...(await current())];
        },
        async close() {
          open = null;
          await session.get("about:blank");
        },
      };
      return open;
    },
    close,
  };
}
