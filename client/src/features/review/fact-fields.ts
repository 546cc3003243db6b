// The fields of a fact by its type, which of them it must have, and what a form lacking one says.
import { ATTEND_ROLES, DOC_KINDS, type EdgeType } from '../../../../common/model.ts';

export type Field = { key: string; label: string; options?: readonly string[]; wide?: boolean; required?: boolean };

const BASE: Field[] = [
  { key: 'date', label: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)' },
  { key: 'endDate', label: 'Until' },
  { key: 'count', label: 'How many (an aggregate: "5 agreements")' },
];
const BY_TYPE: Partial<Record<EdgeType, Field[]>> = {
  SIGNED: [
    { key: 'document', label: 'Document', wide: true, required: true },
    { key: 'docKind', label: 'Kind of document', options: DOC_KINDS, required: true },
  ],
  INVESTED_IN: [
    { key: 'amountUsd', label: 'Amount (US$)' },
    { key: 'amountQualifier', label: 'Qualifier (over, about…)' },
    { key: 'projects', label: 'Projects' },
    { key: 'workers', label: 'Workers' },
    { key: 'asOf', label: 'As of' },
  ],
  HOLDS_POST: [{ key: 'title', label: 'Title', wide: true, required: true }],
  ATTENDED: [{ key: 'role', label: 'Role', options: ATTEND_ROLES, required: true }],
};
/** Kept from the fact as drafted when it is edited: not the reviewer's to set here. */
export const CARRIED = ['confidence', 'note', 'basis', 'referenceSource'];

export const fieldsOf = (type: EdgeType): Field[] => [...(BY_TYPE[type] ?? []), ...BASE];

/** The first field a fact of this type needs and lacks, in words: "fact: title is required for HOLDS_POST". */
export function missingField(type: EdgeType, fields: Record<string, string>): string | null {
  const needed = [
    { key: 'from', label: 'from' },
    { key: 'to', label: 'to' },
    ...fieldsOf(type).filter((x) => x.required),
    { key: 'quote', label: 'quote' },
  ];
  const lacking = needed.find((x) => !(fields[x.key] ?? '').trim());
  return lacking ? `fact: ${lacking.label.toLowerCase()} is required for ${type}` : null;
}
