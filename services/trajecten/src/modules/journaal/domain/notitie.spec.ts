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
    reden: null,
    geschrevenOp: new Date('2026-03-02T10:00:00Z'),
  };
  const wie = (subject: string, team?: string, organisatie = 'GM0014'): Lezer => ({ subject, organisatie, team });

  it("shows a sensitive note to its author and the author's team only", () => {
    expect(magNotitieZien(eerste, wie('anna'))).toBe(true);
    expect(magNotitieZien(eerste, wie('bert', 'noord'))).toBe(true);
    expect(magNotitieZien(eerste, wie('cor', 'zuid'))).toBe(false);
    expect(magNotitieZien(eerste, wie('nieuw', 'noord', 'leerwerkloket'))).toBe(false);
    expect(magNotitieZien({ ...eerste, auteurTeam: null }, wie('bert'))).toBe(false);
    expect(magNotitieZien({ ...eerste, gevoelig: false }, wie('cor', 'zuid'))).toBe(true);
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
