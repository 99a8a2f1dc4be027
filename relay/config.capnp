# workerd configuration of syndicard's relay (local runs and tests).
# `make relay` (relay/serve.mjs) copies this file next to the built
# worker (build/relay/), adds to the network's `allow` list the addresses
# the allowlist names with a port (so a local upstream can be reached only
# when RELAY_ALLOW names it), and serves on 127.0.0.1:$RELAY_PORT.
# Deployment to Cloudflare uses relay/wrangler.toml instead.

using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "relay", worker = .relay),
    # Upstream fetches leave through here: publicly routable addresses
    # only, whatever a name resolves to (the core refuses non-public
    # address literals before any fetch; this also holds for names).
    (name = "upstream", network = (allow = ["public"], tlsOptions = (trustBrowserCas = true))),
  ],
  sockets = [
    (name = "http", address = "127.0.0.1:8787", http = (), service = "relay"),
  ],
);

const relay :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "relay.js", esModule = embed "relay.js"),
    (name = "relay_bg.wasm", wasm = embed "relay_bg.wasm"),
  ],
  compatibilityDate = "2025-06-01",
  globalOutbound = "upstream",
  bindings = [
    (name = "RELAY_ALLOW", fromEnvironment = "RELAY_ALLOW"),
    (name = "RELAY_MIN_TTL", fromEnvironment = "RELAY_MIN_TTL"),
    (name = "RELAY_MAX_TTL", fromEnvironment = "RELAY_MAX_TTL"),
    (name = "RELAY_STALE", fromEnvironment = "RELAY_STALE"),
    (name = "RELAY_MAX_BYTES", fromEnvironment = "RELAY_MAX_BYTES"),
    (name = "RELAY_TIMEOUT_MS", fromEnvironment = "RELAY_TIMEOUT_MS"),
    (name = "RELAY_EMBED_SCRIPT", fromEnvironment = "RELAY_EMBED_SCRIPT"),
  ],
);
