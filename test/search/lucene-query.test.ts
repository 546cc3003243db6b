// What users type -> the Lucene query sent to the entity_names index (pure, no database).
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../common/text/fold.ts';
import { escapeLucene, luceneQuery, otherForms } from '../../common/text/lucene-query.ts';

describe('foldForSearch', () => {
  it.each([
    ['Bắc Ninh', 'bac ninh'],
    ['Hưng Yên', 'hung yen'],
    ['Đà Nẵng', 'da nang'],
    ['Nguyễn Hữu Nghĩa', 'nguyen huu nghia'],
    ['Quảng Tây', 'quang tay'],
    ['来宾', '来宾'],
  ])('%s -> %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe('luceneQuery', () => {
  it.each([
    ['bac ni', '+(bac^2 OR bac*) +(ni^2 OR ni*) "bac ni"^4'],
    ['Hưng', '+(hung^2 OR hung*)'],
    ['bank of china', '+(bank^2 OR bank*) (of^2 OR of*) +(china^2 OR china*) "bank of china"^4'],
    ['bac* AND (ninh)~', '+(bac^2 OR bac*) (and^2 OR and*) +(ninh^2 OR ninh*) "bac and ninh"^4'],
    ['云南', '+"云南"^2'],
    ['Yunnan 云南省', '+(yunnan^2 OR yunnan*) +"云南省"^2 "yunnan 云南省"^4'],
    ['  ', undefined],
    ['*:* "" ~', undefined],
  ])('%j -> %j', (input, query) => {
    expect(luceneQuery(input)).toBe(query);
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});

describe('otherForms', () => {
  it('offers spaced syllables joined, one pair at a time, and a place without "city"', () => {
    expect(otherForms('Liu Jian chao')).toEqual(['liujian chao', 'liu jianchao']);
    expect(otherForms('Ha Noi city')).toEqual(['hanoi city', 'ha noicity', 'ha noi']);
    expect(otherForms('Bắc Ninh')).toEqual(['bacninh']);
    expect(otherForms('city')).toEqual([]);
  });
});
