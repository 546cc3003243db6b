// INVESTED_IN: a company's investment in a locality (amount, projects, workers), or a country's
// aggregate ("Chinese investors have registered 35 projects in X").
import { mainAmount, type Money } from '../read/money.ts';
import { readCount } from '../recognise/lexicon.ts';
import { ACTOR_KINDS, PLACE_KINDS, actorsIn, firstAfter, push, type Ctx } from './context.ts';

/** `companyRead`: the parse already read the company's investment; the aggregate rules still run. */
export function invested(c: Ctx, companyRead = false) {
  const text = c.a.sentence.text;
  if (!/\binvest|\bcapital\b|\bprojects?\b|\bemploy/i.test(text)) return;
  const money = mainAmount(text, c.published);
  const company = c.a.mentions.find((m) => m.kind === 'Company' && !m.nested);
  const target = investTarget(c);
  leadingInvestor(c);
  // "N projects from China investing in X"
  const projectsFrom = text.match(/\b([\d,]+)\s+projects\s+from\s+/);
  if (projectsFrom) {
    const investor = firstAfter(c, projectsFrom.index! + projectsFrom[0].length, ACTOR_KINDS);
    const to = firstAfter(c, projectsFrom.index! + projectsFrom[0].length + 1, PLACE_KINDS);
    const dest = to && investor && to.id !== investor.id ? to : undefined;
    if (investor && dest)
      push(c, {
        type: 'INVESTED_IN',
        from: investor.id,
        to: dest.id,
        projects: readCount(projectsFrom[1]),
        confidence: 0.65,
      });
  }
  // Plans and pledges are not investments ("pledged to invite X to study a US$300 million project").
  const hedged =
    /\b(?:plan(?:s|ned)? to|will|would|to study|pledged|invite|propos\w+|consider\w*|intend\w*|seek\w*|hope\w*|expected to)\b/.test(
      text.slice(0, money?.index ?? text.length),
    );
  if (company && target && company.id !== target && !hedged && !companyRead) {
    const existing = c.out.find((r) => r.type === 'INVESTED_IN' && r.from === company.id && r.to === target);
    const props = investProps(text, money ?? null);
    if (existing) Object.assign(existing, fill(existing, props));
    else if (money || props.workers || props.projects || /\binvest/i.test(text))
      push(c, { type: 'INVESTED_IN', from: company.id, to: target, ...props, confidence: money ? 0.75 : 0.6 });
    return;
  }
  // "Chinese investors have participated in 4,032 projects in Vietnam", "Chinese enterprises' investments in Việt Nam"
  const agg =
    text.match(
      /\b(\p{Lu}\p{Ll}+)\s+(?:investors|enterprises|businesses|companies|firms)(?:['’]\s+investments?\s+in\b|\s+(?:have\s+|has\s+)?(?:invested|participated|poured|registered|accounted for|account for)\b)/u,
    ) ?? text.match(/\b(\p{Lu}\p{Ll}+)-(?:invested|funded|owned|backed) (?:projects|enterprises|companies|firms)\b/u);
  const country = agg && c.reg.gaz.demonym(agg[1]!);
  if (country) {
    // The place invested in: named after ("… projects in Vietnam"), else before ("X had attracted …, of which …").
    const after = firstAfter(c, agg!.index! + agg![0].length, PLACE_KINDS);
    const to =
      after ??
      actorsIn(c, 0, agg!.index!)
        .filter((m) => PLACE_KINDS.has(m.kind) && m.kind !== 'Country')
        .at(-1);
    if (to && to.id !== country.id) {
      // An amount before the investors is the locality's total, not theirs.
      const props = investProps(text.slice(agg!.index!), money && money.index > agg!.index! ? money : null);
      push(c, { type: 'INVESTED_IN', from: country.id, to: to.id, ...props, confidence: 0.6 });
    }
  }
}

function investTarget(c: Ctx): string | undefined {
  const text = c.a.sentence.text;
  // "investment promotion seminar in X" is an event, not an investment.
  const m = text.match(
    /\b(?:invest(?:ing|ed|s|ment|ments)?(?!\s+promotion)|expanded|operat(?:es|ing)|projects?|plants?|factor(?:y|ies))\s+(?:[^\s,;.]+\s+){0,4}?in(?:to)?\s+/,
  );
  if (m) {
    const t = firstAfter(c, m.index! + m[0].length, PLACE_KINDS);
    if (t) return t.id;
  }
  return undefined;
}

/** Amount, projects and workers a sentence gives for an investment (`published`: the year a currency is converted at). */
export function investPropsOf(text: string, published?: string): Record<string, unknown> {
  return investProps(text, mainAmount(text, published) ?? null);
}

function investProps(text: string, money: Money | null) {
  const props: { amountUsd?: number; amountQualifier?: string; projects?: number; workers?: number; note?: string } =
    {};
  if (money && /\binvest|\bcapital|accounts? for|\bworth\b|\bplant\b|\bfactory\b|\bproject\b/i.test(text)) {
    props.amountUsd = money.usd;
    if (money.qualifier) props.amountQualifier = money.qualifier;
    if (money.conversion) props.note = money.conversion;
  }
  const workers = text.match(
    /\b([\d,]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:workers|employees|people|labourers|laborers|jobs)\b/i,
  );
  if (workers && /employ|workers|jobs|labour|labor/i.test(text)) props.workers = readCount(workers[1]);
  const projects =
    text.match(
      /\b(?:across|in|with|of|for)\s+([\d,]+|one|two|three|four|five|six|seven|eight|nine|ten)\s+projects\b/i,
    ) ?? text.match(/\b([\d,]+)\s+projects\s+in\b/i);
  if (projects) props.projects = readCount(projects[1]);
  return props;
}

function fill<T extends object>(target: T, props: object): object {
  return Object.fromEntries(
    Object.entries(props).filter(([k, v]) => v !== undefined && (target as Record<string, unknown>)[k] === undefined),
  );
}

/** "China is Quang Ninh's leading partner in foreign direct investment with 92 projects": an aggregate investment. */
function leadingInvestor(c: Ctx) {
  const text = c.a.sentence.text;
  const m = text.match(
    /['’]s?\s+(?:[\w-]+\s+){0,2}?(?:partner|investor|source(?: of investment)?)\s+(?:in|of)\s+(?:foreign direct investment|FDI|investment|investors)\b/,
  );
  if (!m) return;
  const to = actorsIn(c, 0, m.index! + 2).at(-1);
  const from = to && actorsIn(c, 0, to.start).at(-1);
  if (
    !from ||
    !to ||
    !PLACE_KINDS.has(to.kind) ||
    !/^\s*(?:is|was|remains|has become|became)(?:\s+(?:now|still|also|currently))?\s+$/.test(
      text.slice(from.end, to.start),
    )
  )
    return;
  const projects = text.slice(m.index!).match(/\bwith\s+([\d,]+)\s+(?:projects|FDI projects)\b/);
  push(c, {
    type: 'INVESTED_IN',
    from: from.id,
    to: to.id,
    ...(projects ? { projects: readCount(projects[1]) } : {}),
    confidence: 0.6,
  });
}
