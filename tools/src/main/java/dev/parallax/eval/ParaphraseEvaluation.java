package dev.parallax.eval;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.compare.LexicalFeatures;
import dev.parallax.compare.ParaphraseModel;
import dev.parallax.compare.SentenceProfile;
import dev.parallax.compare.semantic.OnnxEmbedder;
import dev.parallax.compare.semantic.SentenceEmbedder;
import dev.parallax.text.Span;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Paraphrase decisions on the MSRP dev pairs (news sentences from different outlets, labelled by people):
 * accuracy and F1 of each method under 10-fold cross-validation, lexical only and with the embedding
 * cosine. With {@code --write FILE} it also fits both models on all dev pairs and writes the resource
 * Parallax ships ({@code src/main/resources/dev/parallax/compare/paraphrase-models.json}).
 */
public final class ParaphraseEvaluation {
    private static final int FOLDS = 10;

    /** One method's cross-validated figures. */
    public record Row(String method, double accuracy, double f1) {
    }

    public record Report(int pairs, List<Row> rows, ParaphraseModel.Shipped fitted) {
    }

    private ParaphraseEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus");
        Report r = run(corpus, Path.of("target", "msrp-vectors.bin"));
        System.out.printf(Locale.ROOT, "MSRP dev, %d pairs, %d-fold cross-validation%n", r.pairs(), FOLDS);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s%n", "method", "accuracy", "F1");
        for (Row row : r.rows()) {
            System.out.printf(Locale.ROOT, "%-52s %8.3f %8.3f%n", row.method(), row.accuracy(), row.f1());
        }
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--write")) {
                Path out = Path.of(args[i + 1]);
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out.toFile(), r.fitted());
                System.out.println("models written to " + out);
            }
        }
    }

    public static Report run(Path corpus, Path vectorCache) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("msrp/dev/msr_paraphrase_dev.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                pairs.add(line.split("\t", -1));
            }
        }
        int n = pairs.size();
        int[] y = new int[n];
        double[][] lexical = new double[n][];
        double[] cosine = new double[n];
        Map<String, float[]> vectors = loadVectors(vectorCache);
        SentenceEmbedder embedder = OnnxEmbedder.shared().join();
        for (int i = 0; i < n; i++) {
            String[] p = pairs.get(i);
            y[i] = Integer.parseInt(p[0].strip());
            String a = p[3].replace("&apos;", "'");
            String b = p[4].replace("&apos;", "'");
            lexical[i] = LexicalFeatures.of(SentenceProfile.of(new Span(0, a.length()), a),
                    SentenceProfile.of(new Span(0, b.length()), b));
            float[] va = vectors.computeIfAbsent(a, embedder::embed);
            float[] vb = vectors.computeIfAbsent(b, embedder::embed);
            cosine[i] = SentenceEmbedder.cosine(va, vb);
        }
        saveVectors(vectorCache, vectors);
        double[][] semantic = new double[n][];
        for (int i = 0; i < n; i++) {
            semantic[i] = append(lexical[i], cosine[i]);
        }
        List<String> lexNames = LexicalFeatures.NAMES;
        List<String> semNames = new ArrayList<>(lexNames);
        semNames.add("cosine");

        int[] fold = folds(n);
        List<Row> rows = new ArrayList<>();
        int positives = IntStream.of(y).sum();
        rows.add(new Row("majority class (all paraphrase)", (double) positives / n, f1(positives, n - positives, 0)));
        rows.add(crossValidateThreshold("stemmed-token Jaccard, tuned threshold", column(lexical, 0), y, fold));
        rows.add(crossValidateThreshold("embedding cosine alone (bge-small), tuned threshold", cosine, y, fold));
        rows.add(crossValidate("logistic regression, lexical features", lexNames, lexical, y, fold));
        rows.add(crossValidate("logistic regression, lexical + embedding cosine", semNames, semantic, y, fold));

        ParaphraseModel lex = LogisticRegression.fit(lexNames, lexical, y);
        lex = withThreshold(lex, LogisticRegression.bestThreshold(lex, lexical, y));
        ParaphraseModel sem = LogisticRegression.fit(semNames, semantic, y);
        sem = withThreshold(sem, LogisticRegression.bestThreshold(sem, semantic, y));
        return new Report(n, rows, new ParaphraseModel.Shipped(lex, sem));
    }

    private static ParaphraseModel withThreshold(ParaphraseModel m, double t) {
        return new ParaphraseModel(m.features(), m.mean(), m.scale(), m.weights(), m.bias(), t);
    }

    private static Row crossValidate(String name, List<String> names, double[][] x, int[] y, int[] fold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int right = 0;
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                (fold[i] == k ? test : train).add(i);
            }
            double[][] tx = train.stream().map(i -> x[i]).toArray(double[][]::new);
            int[] ty = train.stream().mapToInt(i -> y[i]).toArray();
            ParaphraseModel m = LogisticRegression.fit(names, tx, ty);
            double th = LogisticRegression.bestThreshold(m, tx, ty);
            for (int i : test) {
                boolean said = m.probability(x[i]) >= th;
                boolean truth = y[i] == 1;
                right += said == truth ? 1 : 0;
                tp += said && truth ? 1 : 0;
                fp += said && !truth ? 1 : 0;
                fn += !said && truth ? 1 : 0;
            }
        }
        return new Row(name, (double) right / x.length, f1(tp, fp, fn));
    }

    private static Row crossValidateThreshold(String name, double[] score, int[] y, int[] fold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int right = 0;
        for (int k = 0; k < FOLDS; k++) {
            double best = 0;
            int bestRight = -1;
            for (int t = 0; t <= 100; t++) {
                double th = t / 100.0;
                int r = 0;
                for (int i = 0; i < score.length; i++) {
                    if (fold[i] != k) {
                        r += (score[i] >= th) == (y[i] == 1) ? 1 : 0;
                    }
                }
                if (r > bestRight) {
                    bestRight = r;
                    best = th;
                }
            }
            for (int i = 0; i < score.length; i++) {
                if (fold[i] == k) {
                    boolean said = score[i] >= best;
                    boolean truth = y[i] == 1;
                    right += said == truth ? 1 : 0;
                    tp += said && truth ? 1 : 0;
                    fp += said && !truth ? 1 : 0;
                    fn += !said && truth ? 1 : 0;
                }
            }
        }
        return new Row(name, (double) right / score.length, f1(tp, fp, fn));
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static int[] folds(int n) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        java.util.Collections.shuffle(order, new Random(42));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % FOLDS;
        }
        return fold;
    }

    private static double[] column(double[][] x, int j) {
        return IntStream.range(0, x.length).mapToDouble(i -> x[i][j]).toArray();
    }

    private static double[] append(double[] a, double v) {
        double[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }

    private static Map<String, float[]> loadVectors(Path file) throws IOException {
        Map<String, float[]> map = new HashMap<>();
        if (!Files.exists(file)) {
            return map;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                map.put(key, v);
            }
        }
        return map;
    }

    private static void saveVectors(Path file, Map<String, float[]> map) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(map.size());
            for (var e : map.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
