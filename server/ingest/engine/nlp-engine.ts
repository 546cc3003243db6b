// The NLP engine under the drafter: Stanford CoreNLP 4.5.10 in its own JVM (nlp/, built by Maven,
// GPL-3.0+, so a separate process and never part of the client bundle), listening on 127.0.0.1 only.
// Ingest starts it on demand and stops it when done; CORRIDOR_NLP_URL points at one running
// elsewhere instead (then it is neither started nor stopped here).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../../config.ts';
import { ensureMavenBuilt, stopByStdin, waitForReadyLine } from '../../jvm/java-service.ts';
import { z } from 'zod';
import { EngineAnswer, perLine, type ParsedSentence } from './annotation.ts';

const MODULE_DIR = path.join(PROJECT_ROOT, 'nlp');
const CLASSES = path.join(MODULE_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(MODULE_DIR, 'target', 'classpath.txt');
const READY = 'CORRIDOR_NLP_READY';
/** Longest text one request may carry; longer articles are refused by the reader before this. */
export const MAX_CHARS = 200_000;
/** The engine's pipeline: NER (fine-grained) and the dependency parse; coref does not pay (see BENCHMARKS.md). */
export const BASE_ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse';
/** With CoreNLP's KBP relation extractor after them (it needs pos, lemma, ner and depparse; coref optional). */
export const KBP_ANNOTATORS = `${BASE_ANNOTATORS},kbp`;

export interface NlpEngine {
  url: string;
  /** Milliseconds from spawning the JVM to its ready line (models loaded, one sentence warm); 0 if external. */
  startMs: number;
  /** The annotators its pipeline runs (from its /health). */
  annotators: string;
  /** Parses sentences (no newlines inside); one ParsedSentence per input, in order. */
  parse(sentences: string[]): Promise<ParsedSentence[]>;
  stop(): Promise<void>;
}

export interface EngineOptions {
  /** An engine already running: used as is, never stopped. Default: CORRIDOR_NLP_URL. */
  url?: string;
  /** Default: CORRIDOR_NLP_HEAP_MB (3072). */
  heapMb?: number;
  /** Run CoreNLP's KBP relation extractor too (slower to start and to read). Default: CORRIDOR_NLP_KBP (off). */
  kbp?: boolean;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/** Builds nlp/ with Maven unless built; the first build downloads CoreNLP and its models (~480 MB). */
export function ensureEngineBuilt(log: (line: string) => void = console.log): void {
  ensureMavenBuilt(
    {
      dir: MODULE_DIR,
      marker: CLASSPATH_FILE,
      inputs: [path.join(MODULE_DIR, 'pom.xml'), path.join(MODULE_DIR, 'src/main/java/corridor/NlpServer.java')],
      announce:
        'Building the NLP engine (nlp/) with Maven (the first build downloads Stanford CoreNLP 4.5.10 and its models, ~480 MB)…',
    },
    log,
  );
}

export async function startNlpEngine(o: EngineOptions = {}): Promise<NlpEngine> {
  const config = loadConfig().nlp;
  const url = o.url ?? config.url;
  if (url) return connect(url, 0, async () => {}, o.requestTimeoutMs);
  const log = o.log ?? (() => {});
  ensureEngineBuilt(log);
  const heapMb = o.heapMb ?? config.heapMb;
  const annotators = (o.kbp ?? config.kbp) ? KBP_ANNOTATORS : BASE_ANNOTATORS;
  const classpath = [CLASSES, fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()].join(path.delimiter);
  const started = performance.now();
  const child = spawn(
    'java',
    [
      `-Xmx${heapMb}m`,
      '-cp',
      classpath,
      'corridor.NlpServer',
      '--port',
      '0',
      '--threads',
      '2',
      '--max-chars',
      String(MAX_CHARS),
      '--annotators',
      annotators,
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const rest = await waitForReadyLine(child, {
    ready: READY,
    timeoutMs: o.startTimeoutMs ?? 180_000,
    what: 'The NLP engine (CoreNLP)',
  });
  const own = rest.split(/\s+/)[0]!;
  const startMs = performance.now() - started;
  log(`NLP engine (CoreNLP ${annotators}, heap ${heapMb} MB) ready at ${own} in ${(startMs / 1000).toFixed(1)} s`);
  return connect(own, startMs, () => stopByStdin(child), o.requestTimeoutMs);
}

const Health = z.object({ ready: z.literal(true), annotators: z.string() });

async function connect(
  url: string,
  startMs: number,
  stop: () => Promise<void>,
  requestTimeoutMs = 120_000,
): Promise<NlpEngine> {
  const health = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(10_000) }).catch((err: Error) => {
    throw new Error(`NLP engine at ${url} does not answer (${err.message}); unset CORRIDOR_NLP_URL to start one here`);
  });
  if (!health.ok) throw new Error(`NLP engine at ${url} answered ${health.status} to /health`);
  const { annotators } = Health.parse(await health.json());
  return {
    url,
    startMs,
    annotators,
    stop,
    async parse(sentences) {
      if (!sentences.length) return [];
      const lines = sentences.map((s) => s.replace(/[\r\n]+/g, ' '));
      const res = await fetch(new URL('/annotate', url), {
        method: 'POST',
        body: lines.join('\n'),
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const body: unknown = await res.json();
      if (!res.ok)
        throw new Error(
          `NLP engine refused the text (${res.status}): ${(body as { error?: string }).error ?? 'no reason given'}`,
        );
      return perLine(lines, EngineAnswer.parse(body));
    },
  };
}
