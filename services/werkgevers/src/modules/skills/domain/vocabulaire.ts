import { z } from 'zod';
import { normaliseerSkill } from './skill-normalisatie';

export interface VocabulaireSkill {
  code: string;
  label: string;
  synoniemen: readonly string[];
}

/** A skill as stored: what was sent, and what it is matched on (a vocabulary code, or the normalised text). */
export interface GekoppeldeSkill {
  ingevoerd: string;
  skill: string;
  code: string | null;
}

/**
 * The vocabulary beheer keeps: every code is found by itself, its label and its synonyms, all normalised. A skill
 * outside it stays a free skill, matched on its normalised text, so 'zorg' on a vacancy finds 'Zorg' on a profile.
 */
export class Vocabulaire {
  private readonly opSleutel = new Map<string, string>();

  constructor(readonly skills: readonly VocabulaireSkill[]) {
    for (const s of skills)
      for (const sleutel of [s.code, s.label, ...s.synoniemen]) this.opSleutel.set(normaliseerSkill(sleutel), s.code);
  }

  /** The code a text stands for, if any. */
  codeVan(tekst: string): string | null {
    return this.opSleutel.get(normaliseerSkill(tekst)) ?? null;
  }

  koppel(tekst: string): GekoppeldeSkill {
    const code = this.codeVan(tekst);
    return { ingevoerd: tekst, skill: code ?? normaliseerSkill(tekst), code };
  }

  /** A list as sent, mapped; a skill that maps onto one already in the list counts once (the first wins). */
  koppelAlle(teksten: readonly string[]): GekoppeldeSkill[] {
    const gezien = new Set<string>();
    return teksten.map((t) => this.koppel(t)).filter((k) => !gezien.has(k.skill) && gezien.add(k.skill));
  }
}

/** A code of the vocabulary: stable (stored on vacancies and profiles), lower-case kebab-case. */
export const SkillCodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case')
  .max(60);
