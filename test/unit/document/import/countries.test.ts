import { describe, expect, it } from 'vitest';
import { jurisdictionOfCountry } from '../../../../src/document/import/countries';

describe('jurisdictionOfCountry(name)', () => {
  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'UK'],
    ['GB', 'UK'],
    ['UK', 'UK'],
    ['Norway', 'NO'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ["Côte d'Ivoire", 'CI'],
    ['St Kitts & Nevis', 'KN'],
    ['Korea, Republic of', 'KR'],
    ['Macedonia', 'MK'],
    ['Svalbard and Jan Mayen', 'SJ'],
    ['  the Netherlands ', 'NL'],
    ['DE', 'DE'],
    ['EU', 'EU'],
  ])('%s → %s', (name, code) => {
    expect(jurisdictionOfCountry(name)).toBe(code);
  });

  it.each(['Atlantis', '', 'ZZ', 'Europe', '<script>'])('"%s" is not recognised', (name) => {
    expect(jurisdictionOfCountry(name)).toBeNull();
  });

  it('every code it gives is one the schema accepts (2–8 capital letters)', () => {
    for (const name of ['France', 'Germany', 'Japan', 'Brazil', 'South Africa', 'Kosovo', 'Serbia and Montenegro']) {
      expect(jurisdictionOfCountry(name)).toMatch(/^[A-Z]{2,8}$/);
    }
  });
});
