/** Resolves after the browser has painted `count` more frames. */
export function nextFrames(count = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/** Waits, frame by frame, until `done()` holds or `timeoutMs` has passed; says which. */
export async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await nextFrames();
  }
  return true;
}
