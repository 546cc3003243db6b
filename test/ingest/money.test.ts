// The money reader: amounts as news English writes them (currency before or after the number, short
// and Vietnamese scales), read into US dollars, other currencies converted at their year's rate.
import { describe, expect, it } from 'vitest';
import { mainAmount, moneyIn } from '../../server/ingest/read/money.ts';

describe('moneyIn', () => {
  it.each([
    ['will put 150 million USD into a rolling mill', 150e6],
    ['a USD 150 million rolling mill', 150e6],
    ['raised US$1.2bn from its owners', 1.2e9],
    ['worth $45m in all', 45e6],
    ['a $2.5-billion steel complex', 2.5e9],
    ['a 150 triệu USD project', 150e6],
    ['total capital of US$565.7 million', 565.7e6],
    ['3,200 USD a month', 3200],
  ])('%s', (text, usd) => {
    expect(moneyIn(text, '2024-06-01').map((m) => m.usd)).toEqual([usd]);
  });

  it('keeps the qualifier written before the amount', () => {
    expect(moneyIn('more than $26 billion')[0]).toMatchObject({ usd: 26e9, qualifier: 'more than' });
  });

  it('converts dong and yuan at the rate of the year stated, and says what was stated', () => {
    const vnd = moneyIn('charter capital of VND 3.5 trillion', '2024-03-01')[0]!;
    expect(vnd).toMatchObject({ currency: 'VND', usd: 140e6 });
    expect(vnd.conversion).toMatch(
      /^stated as VND 3\.5 trillion; converted at 25,000 VND per US\$ \(the 2024 average\)$/,
    );
    expect(moneyIn('VND3,500 billion', '2024')[0]?.usd).toBe(140e6);
    expect(moneyIn('a 2.4 trillion dong port', '2022')[0]?.usd).toBe(103e6);
    expect(moneyIn('800 million yuan', '2023')[0]).toMatchObject({ currency: 'CNY', usd: 113e6 });
  });

  it('prefers the dollar figure the text gives for an amount in dong', () => {
    expect(mainAmount('VND 3.5 trillion (about US$138 million)', '2024')).toMatchObject({
      usd: 138e6,
      currency: 'USD',
    });
  });

  it('reads no money from words that only look like currencies', () => {
    expect(moneyIn('The team won 3 medals on Highway 1 near Dong Dang in 2025.')).toEqual([]);
  });
});
