import { describe, expect, it } from 'vitest';
import { editorMode, missingEditorSecrets } from '../../../src/lib/editor-mode.mjs';

const github = { KEYSTATIC_GITHUB_REPO: 'bureau/website', PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: 'bureau-redactie' };

describe('editorMode', () => {
  it('edits the working tree under astro dev, and has no editor in a plain production build', () => {
    expect(editorMode('dev', {})).toBe('local');
    expect(editorMode('build', {})).toBe('off');
    expect(editorMode('preview', {})).toBe('off');
  });

  it('uses GitHub when the repository and the GitHub App are both named, in a build and in dev', () => {
    expect(editorMode('build', github)).toBe('github');
    expect(editorMode('dev', github)).toBe('github');
  });

  it('stops with a Dutch message naming the missing variable when only one of the two is set', () => {
    expect(() => editorMode('build', { KEYSTATIC_GITHUB_REPO: 'bureau/website' })).toThrow(
      /PUBLIC_KEYSTATIC_GITHUB_APP_SLUG ontbreekt/,
    );
    expect(() => editorMode('build', { PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: 'bureau-redactie' })).toThrow(
      /KEYSTATIC_GITHUB_REPO ontbreekt/,
    );
  });

  it('refuses a repository that is not owner/name', () => {
    expect(() =>
      editorMode('build', { ...github, KEYSTATIC_GITHUB_REPO: 'https://github.com/bureau/website' }),
    ).toThrow(/eigenaar\/naam/);
  });

  it('switches the editor off everywhere with KEYSTATIC=0', () => {
    expect(editorMode('dev', { KEYSTATIC: '0' })).toBe('off');
    expect(editorMode('build', { ...github, KEYSTATIC: '0' })).toBe('off');
  });
});

describe('missingEditorSecrets', () => {
  it('names every GitHub App secret that is missing or empty', () => {
    expect(missingEditorSecrets({})).toEqual([
      'KEYSTATIC_GITHUB_CLIENT_ID',
      'KEYSTATIC_GITHUB_CLIENT_SECRET',
      'KEYSTATIC_SECRET',
    ]);
    expect(
      missingEditorSecrets({
        KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.abc',
        KEYSTATIC_GITHUB_CLIENT_SECRET: ' ',
        KEYSTATIC_SECRET: 'x',
      }),
    ).toEqual(['KEYSTATIC_GITHUB_CLIENT_SECRET']);
  });
});
