// The alias a search suggestion shows beside a hit's name.
import { describe, expect, it } from 'vitest';
import { shownAlias } from '../../client/src/ui/shown-alias.ts';

// Sorted, as the graph stores a node's aliases.
const BEIJING = ['Bac Kinh', 'Beijing city', 'Bắc Kinh', 'Peking', '北京'];

describe('shownAlias', () => {
  it('walk 17, 10. shows the alias the query matched when the name did not: 北京 typed, 北京 shown', () => {
    expect(shownAlias('北京', 'Beijing', BEIJING)).toBe('北京');
    expect(shownAlias('peki', 'Beijing', BEIJING)).toBe('Peking');
  });

  it('prefers the written form the query matched: "Bac Kinh" typed as such, else the form with its marks', () => {
    expect(shownAlias('Bac Kinh', 'Beijing', BEIJING)).toBe('Bac Kinh');
    expect(shownAlias('bac kinh', 'Beijing', BEIJING)).toBe('Bắc Kinh');
  });

  it('with the name matched, shows the first alias that says more than the name and is no ASCII copy', () => {
    expect(shownAlias('beij', 'Beijing', BEIJING)).toBe('Bắc Kinh');
    expect(shownAlias('beij', 'Beijing', ['Bac Kinh', 'Bắc Kinh'])).toBe('Bắc Kinh');
    expect(shownAlias('', 'Bắc Ninh', ['Bac Ninh', 'Bắc Ninh province'])).toBeUndefined();
  });

  it('walk 19, 9. never a part of the name: "Cuong" says nothing beside Ngô Biên Cương', () => {
    expect(shownAlias('ngo bien', 'Ngô Biên Cương', ['Cuong', 'Ngo Bien Cuong'])).toBeUndefined();
    expect(shownAlias('tran', 'Trần Lưu Quang', ['Quang', 'Tran Luu Quang', 'Deputy PM Quang'])).toBe(
      'Deputy PM Quang',
    );
    expect(shownAlias('hanoi', 'Hà Nội', ['Hanoi', 'Ha Noi'])).toBe('Hanoi');
  });
});
