import { describe, expect, it } from 'vitest';
import { branchLabel, previewTarget } from '../../../src/lib/preview-address';

const settings = {
  pattern: 'https://wep-git-{branch}-bureau.vercel.app',
  productionBranch: 'main',
  websiteUrl: 'https://www.testbureau.nl',
};

describe('branchLabel', () => {
  it('writes a branch as a host name part', () => {
    expect(branchLabel('inhoud/BTW-2027')).toBe('inhoud-btw-2027');
    expect(branchLabel('inhoud/nieuwe regels_2027')).toBe('inhoud-nieuwe-regels-2027');
  });
});

describe('previewTarget', () => {
  it("sends the Preview button to the page on the branch's preview deployment", () => {
    expect(previewTarget({ ...settings, search: '?pad=/kennisbank/btw/&tak=inhoud/btw' })).toEqual({
      url: 'https://wep-git-inhoud-btw-bureau.vercel.app/kennisbank/btw/',
    });
  });

  it('sends it to the live site for the production branch', () => {
    expect(previewTarget({ ...settings, search: '?pad=/kennisbank/btw/&tak=main' })).toEqual({
      url: 'https://www.testbureau.nl/kennisbank/btw/',
    });
  });

  it('explains in Dutch when no preview address is set up', () => {
    expect(previewTarget({ ...settings, pattern: '', search: '?pad=/kennisbank/btw/&tak=inhoud/btw' })).toEqual({
      problem: expect.stringContaining('PREVIEW_URL_PATTERN'),
    });
  });

  it.each([
    '?pad=//elders.example/&tak=inhoud/x',
    '?pad=https://elders.example/&tak=x',
    '?tak=x',
    '?pad=/a/../b/&tak=x',
  ])('never sends anyone to another site (%s)', (search) => {
    expect(previewTarget({ ...settings, search })).toEqual({ problem: 'Dit is geen adres van deze website.' });
  });
});
