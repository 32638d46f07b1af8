import { describe, expect, it } from 'vitest';
import { fieldPathsOverlap, isWithinField, topLevelField } from '../../src/lib/field-paths.ts';

describe('topLevelField', () => {
  it.each([
    ['title', 'title'],
    ['title.en', 'title'],
    ['publication.doi.x', 'publication'],
    ['', ''],
  ])('%s -> %s', (path, expected) => {
    expect(topLevelField(path)).toBe(expected);
  });
});

describe('isWithinField', () => {
  it.each([
    ['title', 'title', true],
    ['title.en', 'title', true],
    ['title.en.x', 'title', true],
    ['title', 'title.en', false],
    ['titles', 'title', false],
    ['title.en', 'title.id', false],
    ['subtitle', 'title', false],
  ])('%s within %s: %s', (path, field, expected) => {
    expect(isWithinField(path, field)).toBe(expected);
  });
});

describe('fieldPathsOverlap', () => {
  it.each([
    ['title', 'title', true],
    ['title.en', 'title', true],
    ['title', 'title.en', true],
    ['keywords.id', 'keywords', true],
    ['title.id', 'title.en', false],
    ['titles', 'title', false],
    ['title', 'titles.en', false],
    ['authors', 'author', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(fieldPathsOverlap(a, b)).toBe(expected);
  });
});
