// GET /api/search on the seed graph: diacritics folded both ways, prefixes while typing, kinds.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchResponse } from '../../common/wire.ts';
import { seededApi, type ApiUnderTest } from './api-app.ts';

let api: ApiUnderTest;
beforeAll(async () => {
  api = await seededApi();
});
afterAll(() => api.db.close());

async function searchIds(q: string, extra = ''): Promise<string[]> {
  const res = await request(api.app)
    .get(`/api/search?q=${encodeURIComponent(q)}${extra}`)
    .expect(200);
  return SearchResponse.parse(res.body).hits.map((h) => h.node.data.id);
}

describe('GET /api/search', () => {
  it('finds Bắc Ninh first for "bac ninh" (no diacritics typed)', async () => {
    const ids = await searchIds('bac ninh');
    expect(ids[0]).toBe('bac-ninh');
    expect(ids).toContain('bac-ninh-city');
    expect(ids).not.toContain('bac-giang');
  });

  it('walk 19, 9. a node one of whose names is the whole query comes first: "Vietnam" gives Việt Nam, then the events named after it', async () => {
    const ids = await searchIds('Vietnam');
    expect(ids[0]).toBe('vietnam');
    expect(ids).toContain('vietnam-china-economic-corridor-conference-10');
    expect((await searchIds('viet nam'))[0]).toBe('vietnam');
  });

  it('walk 19. finds a place written as one word, as the English-language press runs syllables together: "Langson", "Quangninh"', async () => {
    expect((await searchIds('Langson'))[0]).toBe('lang-son');
    expect((await searchIds('quangninh'))[0]).toBe('quang-ninh');
    expect((await searchIds('Bacninh'))[0]).toBe('bac-ninh');
  });

  it('walk 27. a Chinese name matches by all its characters in order: "云南" gives Yunnan, not Nanning (南宁) by its 南', async () => {
    const ids = await searchIds('云南');
    expect(ids).toContain('yunnan');
    expect(ids).not.toContain('nanning');
    expect(await searchIds('南宁')).toContain('nanning');
  });

  it('finds Laibin for "lai tan" (its Sino-Vietnamese name)', async () => {
    expect((await searchIds('lai tan'))[0]).toBe('laibin');
  });

  it('finds Hưng Yên for "hung yen" and for "Hưng Yên" typed with diacritics', async () => {
    expect((await searchIds('hung yen'))[0]).toBe('hung-yen');
    expect((await searchIds('Hưng Yên'))[0]).toBe('hung-yen');
  });

  it('suggests while typing: "bac ni" gives Bắc Ninh, "nguyen huu ng" gives Nguyễn Hữu Nghĩa', async () => {
    expect((await searchIds('bac ni'))[0]).toBe('bac-ninh');
    expect((await searchIds('nguyen huu ng'))[0]).toBe('nguyen-huu-nghia');
  });

  it('answers with Cytoscape node elements, scores descending (after exact name matches)', async () => {
    const res = await request(api.app).get('/api/search?q=goertek').expect(200);
    const body = SearchResponse.parse(res.body);
    expect(body.query).toBe('goertek');
    expect(body.hits[0]?.node.data).toMatchObject({ id: 'goertek', label: 'Goertek', kind: 'Company' });
    expect(body.hits[0]?.node.data).not.toHaveProperty('searchText');
    const scores = body.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by kind and limits the number of hits', async () => {
    const cities = await searchIds('bac', '&kinds=City');
    expect(cities.length).toBeGreaterThan(0);
    const res = await request(api.app).get('/api/search?q=bac&kinds=City').expect(200);
    expect(SearchResponse.parse(res.body).hits.every((h) => h.node.data.kind === 'City')).toBe(true);
    expect(await searchIds('bac', '&limit=1')).toHaveLength(1);
  });

  it('treats Lucene syntax as text, not as a query', async () => {
    const res = await request(api.app)
      .get(`/api/search?q=${encodeURIComponent('bac* AND ninh~ OR "(')}`)
      .expect(200);
    expect(SearchResponse.parse(res.body).hits.map((h) => h.node.data.id)).toContain('bac-ninh');
    const onlySyntax = await request(api.app)
      .get(`/api/search?q=${encodeURIComponent('*:*')}`)
      .expect(200);
    expect(onlySyntax.body.hits).toEqual([]);
  });

  it('refuses an empty q and an unknown kind with a 400 naming the parameter', async () => {
    const empty = await request(api.app).get('/api/search?q=').expect(400);
    expect(empty.body.error.code).toBe('invalid_request');
    expect(empty.body.error.message).toMatch(/^q: /);
    const kind = await request(api.app).get('/api/search?q=x&kinds=Planet').expect(400);
    expect(kind.body.error.message).toContain('kinds');
    expect(JSON.stringify(kind.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('walk 20, 5. China is found by its other English names: an alias with an apostrophe, and a name only the gazetteer gives it', async () => {
    expect((await searchIds("People's Republic of China"))[0]).toBe('china');
    expect((await searchIds('People’s Republic'))[0]).toBe('china'); // a typographic apostrophe
    // "PRC" is in no article's aliases: the gazetteer's China is the graph's node, not a place apart.
    const res = SearchResponse.parse((await request(api.app).get('/api/search?q=PRC').expect(200)).body);
    expect(res.hits.map((h) => h.node.data.id)).toEqual(['china']);
    expect(res.known).toBeUndefined();
  });

  it('walk 20, 10. finds a name typed in other ways when nothing matches as typed: pinyin syllables spaced, a place with "city"', async () => {
    expect((await searchIds('Liu Jian chao'))[0]).toBe('liu-jianchao');
    expect((await searchIds('Ha Noi city'))[0]).toBe('hanoi');
    // Limited to a kind, as a named query's picker asks.
    expect((await searchIds('Liu Jian chao', '&kinds=Official'))[0]).toBe('liu-jianchao');
  });

  it('walk 9, 11. a place the gazetteer knows but no node holds is named with its province: "Bằng Tường" is Pingxiang, Guangxi', async () => {
    for (const q of ['Bằng Tường', 'bang tuong', '凭祥']) {
      const res = SearchResponse.parse(
        (
          await request(api.app)
            .get(`/api/search?q=${encodeURIComponent(q)}`)
            .expect(200)
        ).body,
      );
      expect(res.hits, q).toEqual([]);
      expect(res.known, q).toEqual([{ name: 'Pingxiang', within: 'Guangxi' }]);
    }
    // Words naming no place, and a search limited to some kinds, say nothing more.
    const none = await request(api.app).get('/api/search?q=zzqx').expect(200);
    expect(none.body.known).toBeUndefined();
    const kinds = await request(api.app)
      .get(`/api/search?q=${encodeURIComponent('bang tuong')}&kinds=City`)
      .expect(200);
    expect(kinds.body.known).toBeUndefined();
    // A place the graph holds is a hit, not a known place.
    const held = await request(api.app).get('/api/search?q=lang%20son').expect(200);
    expect(held.body.hits.length).toBeGreaterThan(0);
    expect(held.body.known).toBeUndefined();
  });
});
