// Amounts of money in words a reader takes in at a glance: 900000000 -> "US$900 million".
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

export function usdText(amount: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(amount) >= size) return `US$${Number((amount / size).toFixed(2)).toLocaleString('en')} ${word}`;
  }
  return `US$${amount.toLocaleString('en')}`;
}

/** A result column or property that holds US dollars ("amountUsd", "totalUSD"). */
export const isUsdField = (name: string) => /usd$/i.test(name);
