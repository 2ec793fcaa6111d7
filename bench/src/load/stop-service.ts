import type { ServiceProcess } from '@wiz/platform/testing';
import type { BenchContext } from '../bench';

/** Stops a service process; an unclean exit is logged with the end of its output, not thrown over the section's result. */
export async function stopService(s: ServiceProcess, ctx: BenchContext): Promise<void> {
  const code = await s.stop();
  if (code !== 0 && code !== null) ctx.log(`${s.name} exited with ${code}:\n${s.output.slice(-20).join('')}`);
}
