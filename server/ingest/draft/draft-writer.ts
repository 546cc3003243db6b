// Writes a draft facts file: YAML in the loader's format, with a header that says it is a draft,
// how to approve it, and which entities were linked to existing nodes.
import fs from 'node:fs';
import path from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import type { FactsFile } from '../../facts/facts.schema.ts';
import type { Link } from '../link/graph-link.ts';

export type WriteOutcome = 'written' | 'kept-curated' | 'kept-approved';

/** Where the draft of an article goes: <article folder>/facts/<article id>.yaml (the loader's layout). */
export function draftPathFor(articlePath: string, outDir?: string): string {
  const dir = outDir ?? path.join(path.dirname(articlePath), 'facts');
  return path.join(dir, `${path.basename(articlePath).replace(/\.txt$/, '')}.yaml`);
}

export function writeDraft(file: string, draft: FactsFile, links: Link[] = []): WriteOutcome {
  if (fs.existsSync(file)) {
    // Never overwrite what a person wrote or approved.
    // Top-level keys sit at column 0, so two line matches read them without parsing the file.
    const existing = fs.readFileSync(file, 'utf8');
    const status = existing.match(/^status:\s*['"]?(\w+)/m)?.[1] ?? 'curated';
    if (status !== 'draft') return 'kept-curated';
    if (/^approved:\s*['"]?true\b/m.test(existing)) return 'kept-approved';
  }
  const header = [
    `# DRAFT facts of ${draft.article.file}, written by \`npm run ingest\`: machine-drafted, to be reviewed.`,
    '# Check every entity and relation against its quote, fix or delete, then set `approved: true`',
    '# (or load with --approve). Unapproved drafts are refused by the loader.',
    ...(links.length
      ? [
          '# Linked to nodes already in the graph (restated with their own name; only new spellings added):',
          ...links.map((l) => `#   ${l.draftId === l.nodeId ? l.nodeId : `${l.draftId} -> ${l.nodeId}`} (${l.how})`),
        ]
      : []),
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Lists of names on one line ("aliases: [Bac Ninh, Bắc Ninh Province]"), as in the curated files.
  const doc = new Document(draft);
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
  fs.writeFileSync(file, `${header}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`);
  return 'written';
}
