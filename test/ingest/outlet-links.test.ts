// The outlet's list of other stories' headlines after an article's last paragraph: found by a general
// rule (a trailing run of two or more short lines that end no sentence), kept apart from the text the
// reader shows and blanked out of what the drafter reads; a short last paragraph of the story stays.
import { describe, expect, it } from 'vitest';
import { bodyOf, draftFacts } from '../../server/ingest/draft/draft.ts';
import {
  blankOutletLinks,
  leadingChromeOf,
  outletLinksOf,
  withoutOutletLinks,
} from '../../server/ingest/read/outlet-links.ts';

const STORY = `Lang Son and Chongzuo sign trade pact
The People's Committee of Lang Son Province and the People's Government of Chongzuo City signed an agreement on border trade on May 7.

Both sides agreed to open a new lane for farm produce at the border gate.
`;
const LINKS = `Hai Phong and Guangxi sign port cooperation deal
Quang Ninh hosts delegation from Yunnan province
Vietnam's exports to China rise in first quarter
`;

describe("the outlet's link list after an article", () => {
  it('finds a trailing run of headline-like lines, before a credit line that stays in the text', () => {
    const text = `${STORY}\n${LINKS}(Source: VNA)\n`;
    expect(outletLinksOf(text)?.links).toEqual([
      'Hai Phong and Guangxi sign port cooperation deal',
      'Quang Ninh hosts delegation from Yunnan province',
      "Vietnam's exports to China rise in first quarter",
    ]);
    const apart = withoutOutletLinks(text);
    expect(apart.text).toBe(`${STORY}\n(Source: VNA)\n`);
    expect(apart.links).toHaveLength(3);
  });

  it('finds none in an article without one, nor after a single trailing line', () => {
    expect(outletLinksOf(STORY)).toBeUndefined();
    expect(outletLinksOf(`${STORY}(Source: VNA)\n`)).toBeUndefined();
    expect(outletLinksOf(`${STORY}Hai Phong and Guangxi sign port cooperation deal\n`)).toBeUndefined();
    expect(withoutOutletLinks(STORY)).toEqual({ text: STORY, links: [] });
  });

  it('keeps a short last paragraph that ends its sentence, and a list the story leads into', () => {
    const short = `${STORY}The pact takes effect in June.\nIt runs for five years.\n`;
    expect(outletLinksOf(short)).toBeUndefined();
    const listed = `${STORY}The projects the pact names include:\nA bonded warehouse at Huu Nghi\nA new road to Dong Dang station\n`;
    expect(outletLinksOf(listed)).toBeUndefined();
    // Lines too long for headlines are not a link list.
    const long = `${STORY}${'A caption that runs on and on without ever ending its sentence '.repeat(3)}\n`.repeat(2);
    expect(outletLinksOf(long)).toBeUndefined();
  });

  it('blanks the list for the drafter, every other offset kept, and drafts no fact from it', () => {
    const text = `${STORY}\n${LINKS}(Source: VNA)\n`;
    const blanked = blankOutletLinks(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('Guangxi');
    expect(bodyOf(text).slice(0, STORY.length)).toBe(STORY);
    const drafted = draftFacts(text, { file: 'lang-son.txt' });
    expect(drafted.relations.some((r) => r.type === 'SIGNED')).toBe(true);
    const names = drafted.entities.map((e) => e.name).join(' | ');
    expect(names).not.toMatch(/Guangxi|Yunnan|Quang Ninh/);
  });
});

describe("the site's chrome before an article", () => {
  const CHROME = 'Logo\nĐăng ký ấn phẩm|Đăng nhập\n\n';

  it('finds a leading block of navigation lines; the reader leaves it out and the drafter blanks it', () => {
    const text = `${CHROME}${STORY}`;
    expect(leadingChromeOf(text).map(([a, b]) => text.slice(a, b))).toEqual(['Logo', 'Đăng ký ấn phẩm|Đăng nhập']);
    expect(withoutOutletLinks(text)).toEqual({ text: STORY, links: [] });
    expect(leadingChromeOf('Home | World | Business\nSign in\n' + STORY)).toHaveLength(2);
    const blanked = blankOutletLinks(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.slice(CHROME.length)).toBe(STORY);
    expect(blanked).not.toMatch(/Logo|Đăng/);
  });

  it('finds none in an article that starts with its headline', () => {
    expect(leadingChromeOf(STORY)).toEqual([]);
    expect(withoutOutletLinks(STORY).text).toBe(STORY);
  });

  it('keeps a short first line that is the headline or dateline', () => {
    for (const first of [
      'Lang Son / Chongzuo trade pact signed',
      'HANOI',
      'Provincial cooperation: Key part of ties',
    ]) {
      const text = `${first}\n${STORY}`;
      expect(leadingChromeOf(text), first).toEqual([]);
      expect(withoutOutletLinks(text).text).toBe(text);
    }
    // The headline after the chrome stays too.
    expect(withoutOutletLinks(`${CHROME}HANOI\n${STORY}`).text).toBe(`HANOI\n${STORY}`);
  });
});
