package corridor;

import corridor.service.ServiceProcess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * Stanford CoreNLP behind a small HTTP/JSON protocol on 127.0.0.1 only, for Corridor's ingest.
 * Loads the pipeline once, annotates one warm-up sentence, then prints one ready line that the
 * Node side waits for. Usage:
 *
 *   NlpServer --port PORT [--annotators LIST] [--threads N] [--max-chars N]
 *
 * Protocol:
 *   GET  /health    -> {"ready":true,"annotators":"..."}
 *   POST /annotate  body: UTF-8 text, ONE SENTENCE PER LINE (the caller splits; ssplit.eolonly)
 *                   -> {"sentences":[{"tokens":[{"i","w","b","e","pos","lemma","ner"}],
 *                        "basic":[[gov,dep,"rel"]], "enhanced":[[gov,dep,"rel"]]}],
 *                       "mentions":[{"s","tb","te","b","e","text","ner"}], "corefs":[[{"s","tb","te","text","rep"}]],
 *                       "kbp":[{"s","rel","conf","subj":{"b","e","text"},"obj":{"b","e","text"}}]}
 *   "kbp" is empty unless the annotator list has kbp (CoreNLP's TAC KBP relation extractor; it needs
 *   tokenize,ssplit,pos,lemma,ner,depparse before it and reads coref chains when coref runs too).
 *   A triple's subject and object are the spans in the sentence the relation was read from.
 *   Offsets b/e are characters of the posted text; token indexes i/tb/te are 1-based within their
 *   sentence (te exclusive); gov 0 is the root.
 * The process exits when its stdin closes, so a crashed parent never leaves it running.
 */
public final class NlpServer {
    public static final String READY = "CORRIDOR_NLP_READY";

    public static void main(String[] args) {
        ServiceProcess.main(args, NlpServer::run);
    }

    private static void run(Map<String, String> opts) throws Exception {
        int port = Integer.parseInt(opts.getOrDefault("port", "0"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        int maxChars = Integer.parseInt(opts.getOrDefault("max-chars", "200000"));
        String annotators = opts.getOrDefault("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");

        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.eolonly", "true");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("coref.algorithm", "statistical");
        long started = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        annotate(pipeline, "The delegation visited Hanoi on Monday.");
        long loadMs = (System.nanoTime() - started) / 1_000_000;

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/health", ex -> {
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "{\"error\":\"use GET\"}");
                return;
            }
            send(ex, 200, "{\"ready\":true,\"annotators\":" + str(annotators) + ",\"loadMs\":" + loadMs + "}");
        });
        server.createContext("/annotate", ex -> handleAnnotate(ex, pipeline, maxChars));
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "http-stop"));
        System.out.println(READY + " http://127.0.0.1:" + server.getAddress().getPort() + " loadMs=" + loadMs);
        System.out.flush();
    }

    private static void handleAnnotate(HttpExchange ex, StanfordCoreNLP pipeline, int maxChars) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "{\"error\":\"use POST with the text as the body\"}");
                return;
            }
            String text = readBody(ex.getRequestBody(), maxChars * 4 + 1);
            if (text == null || text.length() > maxChars) {
                send(ex, 413, "{\"error\":\"text longer than " + maxChars + " characters\"}");
                return;
            }
            if (text.isBlank()) {
                send(ex, 400, "{\"error\":\"empty text\"}");
                return;
            }
            send(ex, 200, toJson(annotate(pipeline, text)));
        } catch (RuntimeException e) {
            send(ex, 500, "{\"error\":" + str(e.toString()) + "}");
        }
    }

    private static Annotation annotate(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc;
    }

    private static String toJson(Annotation doc) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("{\"sentences\":[");
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0) out.append(',');
            sentenceJson(out, sentences.get(s));
        }
        out.append("],\"mentions\":[");
        boolean first = true;
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreMap> mentions = sentences.get(s).get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) continue;
            for (CoreMap m : mentions) {
                List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
                if (!first) out.append(',');
                first = false;
                out.append("{\"s\":").append(s)
                        .append(",\"tb\":").append(toks.get(0).index())
                        .append(",\"te\":").append(toks.get(toks.size() - 1).index() + 1)
                        .append(",\"b\":").append(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class))
                        .append(",\"e\":").append(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))
                        .append(",\"text\":").append(str(m.get(CoreAnnotations.TextAnnotation.class)))
                        .append(",\"ner\":").append(str(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)))
                        .append('}');
            }
        }
        out.append("],\"corefs\":[");
        Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains != null) {
            boolean firstChain = true;
            for (CorefChain chain : chains.values()) {
                List<CorefChain.CorefMention> ms = chain.getMentionsInTextualOrder();
                if (ms.size() < 2) continue;
                if (!firstChain) out.append(',');
                firstChain = false;
                out.append('[');
                CorefChain.CorefMention rep = chain.getRepresentativeMention();
                for (int i = 0; i < ms.size(); i++) {
                    CorefChain.CorefMention m = ms.get(i);
                    if (i > 0) out.append(',');
                    out.append("{\"s\":").append(m.sentNum - 1)
                            .append(",\"tb\":").append(m.startIndex)
                            .append(",\"te\":").append(m.endIndex)
                            .append(",\"text\":").append(str(m.mentionSpan))
                            .append(",\"rep\":").append(m == rep)
                            .append('}');
                }
                out.append(']');
            }
        }
        out.append("],\"kbp\":[");
        first = true;
        for (int s = 0; s < sentences.size(); s++) {
            List<RelationTriple> triples = sentences.get(s).get(CoreAnnotations.KBPTriplesAnnotation.class);
            if (triples == null) continue;
            for (RelationTriple t : triples) {
                if (t.subject.isEmpty() || t.object.isEmpty()) continue;
                if (!first) out.append(',');
                first = false;
                out.append("{\"s\":").append(s)
                        .append(",\"rel\":").append(str(t.relationGloss()))
                        .append(",\"conf\":").append(Double.isFinite(t.confidence) ? t.confidence : 0)
                        .append(",\"subj\":");
                spanJson(out, t.subject);
                out.append(",\"obj\":");
                spanJson(out, t.object);
                out.append('}');
            }
        }
        out.append("]}");
        return out.toString();
    }

    private static void spanJson(StringBuilder out, List<CoreLabel> toks) {
        StringBuilder text = new StringBuilder();
        for (CoreLabel t : toks) {
            if (text.length() > 0) text.append(' ');
            text.append(t.originalText());
        }
        out.append("{\"b\":").append(toks.get(0).beginPosition())
                .append(",\"e\":").append(toks.get(toks.size() - 1).endPosition())
                .append(",\"text\":").append(str(text.toString()))
                .append('}');
    }

    private static void sentenceJson(StringBuilder out, CoreMap sentence) {
        out.append("{\"tokens\":[");
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int t = 0; t < tokens.size(); t++) {
            CoreLabel tok = tokens.get(t);
            if (t > 0) out.append(',');
            out.append("{\"i\":").append(tok.index())
                    .append(",\"w\":").append(str(tok.originalText()))
                    .append(",\"b\":").append(tok.beginPosition())
                    .append(",\"e\":").append(tok.endPosition())
                    .append(",\"pos\":").append(str(tok.tag()))
                    .append(",\"lemma\":").append(str(tok.lemma()))
                    .append(",\"ner\":").append(str(tok.ner()))
                    .append('}');
        }
        out.append("],\"basic\":");
        edgesJson(out, sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        out.append(",\"enhanced\":");
        edgesJson(out, sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        out.append('}');
    }

    private static void edgesJson(StringBuilder out, SemanticGraph graph) {
        out.append('[');
        if (graph != null) {
            boolean first = true;
            for (var root : graph.getRoots()) {
                if (!first) out.append(',');
                first = false;
                out.append("[0,").append(root.index()).append(",\"root\"]");
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                if (!first) out.append(',');
                first = false;
                out.append('[').append(e.getGovernor().index()).append(',').append(e.getDependent().index())
                        .append(',').append(str(e.getRelation().toString())).append(']');
            }
        }
        out.append(']');
    }

    private static String str(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** The body as UTF-8, or null when it is longer than limit bytes. */
    private static String readBody(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        for (int n; (n = in.read(chunk)) > 0; ) {
            buf.write(chunk, 0, n);
            if (buf.size() > limit) return null;
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

}
