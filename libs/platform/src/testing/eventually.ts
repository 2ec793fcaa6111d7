/** Polls until the check passes or the time is up; the last failure is the test's failure. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

/**
 * Reads a streamed response body (server-sent events) to its end. `ended` is false when it was still open after
 * `guardMs` and had to be cut off: a test proves that a server ends a stream without asserting how fast.
 */
export async function readToEnd(response: Response, guardMs = 30_000): Promise<{ text: string; ended: boolean }> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let ended = true;
  const guard = setTimeout(() => {
    ended = false;
    void reader.cancel();
  }, guardMs);
  let text = '';
  for (let r = await reader.read(); !r.done; r = await reader.read()) text += r.value;
  clearTimeout(guard);
  return { text, ended };
}
