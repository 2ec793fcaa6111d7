import type { TestRun } from '@wiz/platform/testing';

/** What a section of the benchmark gets: its own isolated run (databases, stream, Redis prefix) and the mode. */
export interface BenchContext {
  /** Small sizes: proves the section still works; targets are not judged. */
  quick: boolean;
  run: TestRun;
  log: (line: string) => void;
}

/** One figure of a section, with the target it is judged against in a full run (if it has one). */
export interface Figure {
  key: string;
  value: number;
  unit: string;
  target?: { text: string; met: boolean };
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}
