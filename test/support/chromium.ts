// Debian's headless Chromium, driven by playwright-core, for the end-to-end tests and the client
// benchmarks alike: one path and one set of flags (no sandbox as root, nothing that calls out).
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  // Shared memory in /tmp, not /dev/shm: a fresh container's /dev/shm is often 64 MB, where a
  // renderer holding several large canvases crashes ("Target crashed").
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
}
