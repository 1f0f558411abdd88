import { createServer, type AddressInfo } from 'node:net';

/**
 * A port free now, for a server a test starts. A fixed port made two test runs on one machine (two
 * checkouts, or CI and a developer) meet on it: the second server moved to another port while its
 * test kept talking to the first run's.
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
