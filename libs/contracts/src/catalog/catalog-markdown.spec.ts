import { EVENT_CATALOG } from '../events/catalog';
import { PlaatsingGerealiseerd } from '../events/werkgevers';
import { renderCatalogMarkdown } from './catalog-markdown';
import { consumersOf } from './event-consumers';
import { fieldRows } from './field-table';
import { payloadJsonSchema } from './json-schema';

const markdown = renderCatalogMarkdown();

/** The text of one event's section, from its heading to the next. */
function section(type: string): string {
  const start = markdown.indexOf(`## ${type}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

describe('renderCatalogMarkdown', () => {
  it.each(EVENT_CATALOG.map((def) => [def.type, def] as const))(
    '%s: subject, publisher, consumers, description and every field',
    (type, def) => {
      const text = section(type);
      expect(text).toContain(`**Subject:** \`${type}\``);
      expect(text).toContain(`**Publisher:** services/${def.service}`);
      for (const consumer of consumersOf(type)) expect(text).toContain(`services/${consumer}`);
      expect(text).toContain(def.description);
      for (const row of fieldRows(payloadJsonSchema(def))) expect(text).toContain(`| \`${row.path}\` |`);
    },
  );

  it('marks optional fields and shows bounds', () => {
    const text = section(PlaatsingGerealiseerd.type);
    expect(text).toMatch(/\| `vacatureId` \| string \(uuid\) \| no \|/);
    expect(text).toMatch(/\| `urenPerWeek` \| number, > 0, <= 60 \| yes \|/);
  });

  it('flattens nested objects into dotted paths', () => {
    expect(section('wiz.intake.aanmelding-afgerond.v1')).toContain('| `deelnemer.leeftijdsband` |');
  });
});

describe('the compatible-change rules', () => {
  it('are in the catalog once, before the events, and the introduction links to them', () => {
    expect(markdown.split('\n## Changing an event\n')).toHaveLength(2);
    expect(markdown.indexOf('## Changing an event')).toBeLessThan(markdown.indexOf(`## ${EVENT_CATALOG[0].type}`));
    expect(markdown).toContain('[Changing an event](#changing-an-event)');
    expect(markdown).toContain('**An added optional field keeps the subject**');
    expect(markdown).toContain('**Anything else is a new subject**');
  });
});
