// Starts a test stand-in (a fake provider, a fake receiver) on 127.0.0.1 and gives back how to reach and stop it.

/**
 * @param {import('node:http').Server} server
 * @param {number} port 0 for a free port
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function listenOnLoopback(server, port) {
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** True when the module `moduleUrl` is the script Node was started with (a fake run as its own process). */
export function isMainModule(moduleUrl) {
  return Boolean(process.argv[1]) && moduleUrl === new URL(`file://${process.argv[1]}`).href;
}
