/**
 * Rules the real seeds keep beyond what `govgraph check` enforces: dated records (meetings,
 * assessments) count from their date, so a view of an earlier day never shows a later meeting.
 */
import { describe, expect, it } from 'vitest';
import { holdsOn, isFuzzyDate, validFromDay, type IsoDay } from '@govgraph/core';
import { defaultSeedDirectories, loadSeedDirectories } from '@govgraph/seeds';

describe('the Sefton and reference seeds', () => {
  it('every dated Meeting and Assessment counts from its own date (the latest day it could be), not before', async () => {
    const { data } = await loadSeedDirectories(defaultSeedDirectories());
    const dated = data.entities.filter((e) => (e.kind === 'Meeting' || e.kind === 'Assessment') && isFuzzyDate(e.attributes['date']));
    expect(dated.length).toBeGreaterThanOrEqual(7);
    for (const entity of dated) {
      const date = entity.attributes['date'];
      if (!isFuzzyDate(date)) continue;
      const dayBefore = new Date(Date.parse(`${date.latest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) as IsoDay;
      expect({ id: entity.id, before: holdsOn(entity.validity, dayBefore) }).toEqual({ id: entity.id, before: false });
      expect({ id: entity.id, from: entity.validity?.from && validFromDay(entity.validity) }).toEqual({ id: entity.id, from: date.latest });
    }
  });
});
