import { correctie, magCorrigeren, magNotitieZien, type Lezer, type NotitieVersie } from './notitie';

describe('journal notes', () => {
  const eerste: NotitieVersie = {
    id: 'v1',
    notitieId: 'n',
    versie: 1,
    vorigeId: null,
    trajectId: 't',
    soort: 'gesprek',
    tekst: 'Schulden',
    datum: '2026-03-02',
    gevoelig: true,
    auteur: 'anna',
    auteurOrganisatie: 'GM0014',
    auteurTeam: 'noord',
    houderOrganisatie: 'GM0014',
    reden: null,
    geschrevenOp: new Date('2026-03-02T10:00:00Z'),
  };
  const wie = (subject: string, team?: string, organisatie = 'GM0014'): Lezer => ({ subject, organisatie, team });
  /** The reader's own organisation's file only, as a consulent's maySee gives it. */
  const eigen = (lezer: Lezer) => (org: string) => org === lezer.organisatie;
  const zie = (n: NotitieVersie, lezer: Lezer) => magNotitieZien(n, lezer, eigen(lezer));

  it("shows a sensitive note to its author and the author's team only", () => {
    expect(zie(eerste, wie('anna'))).toBe(true);
    expect(zie(eerste, wie('bert', 'noord'))).toBe(true);
    expect(zie(eerste, wie('cor', 'zuid'))).toBe(false);
    expect(zie(eerste, wie('nieuw', 'noord', 'leerwerkloket'))).toBe(false);
    expect(zie({ ...eerste, auteurTeam: null }, wie('bert'))).toBe(false);
    expect(zie({ ...eerste, gevoelig: false }, wie('cor', 'zuid'))).toBe(true);
  });

  it('keeps a note in the file of the organisation that held the traject when it was written', () => {
    const gewoon = { ...eerste, gevoelig: false };
    expect(zie(gewoon, wie('nieuw', 'scholing', 'leerwerkloket'))).toBe(false);
    // Written by beheer while the gemeente held the traject: the gemeente's file, not beheer's organisation's.
    const doorBeheer = { ...gewoon, auteur: 'beheer', auteurOrganisatie: 'WIZ', auteurTeam: null };
    expect(zie(doorBeheer, wie('cor', 'zuid'))).toBe(true);
    // Beheer's organisation is not the gemeente: only a reader who sees every file (maySee for beheer) reads it.
    const beheer = wie('beheer', undefined, 'WIZ');
    expect(magNotitieZien(gewoon, beheer, eigen(beheer))).toBe(false);
    expect(magNotitieZien(gewoon, beheer, () => true)).toBe(true);
    expect(magNotitieZien(eerste, beheer, () => true)).toBe(false); // sensitive stays with the author's team
  });

  it('corrects by a next version linked to the one before; only the author', () => {
    const tweede = correctie(eerste, { id: 'v2', tekst: 'Schuldhulp', reden: 'preciezer' });
    expect(tweede).toMatchObject({
      id: 'v2',
      notitieId: 'n',
      versie: 2,
      vorigeId: 'v1',
      tekst: 'Schuldhulp',
      gevoelig: true,
    });
    expect(magCorrigeren(eerste, wie('anna'))).toBe(true);
    expect(magCorrigeren(eerste, wie('bert', 'noord'))).toBe(false);
  });
});
