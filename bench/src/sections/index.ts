import type { BenchSection } from '../bench';

/** The sections in the order they run. */
export const SECTIONS: BenchSection[] = [];
