package dev.parallax.eval;

import dev.parallax.compare.ParaphraseModel;
import java.util.Arrays;
import java.util.List;

/** Fits a {@link ParaphraseModel}: L2-regularised logistic regression by batch gradient descent on standardised features. */
final class LogisticRegression {
    private static final int ITERATIONS = 3000;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-3;

    private LogisticRegression() {
    }

    static ParaphraseModel fit(List<String> names, double[][] x, int[] y) {
        return fit(names, x, y, ITERATIONS);
    }

    /** As {@link #fit(List, double[][], int[])} with more steps, for data whose classes are far apart. */
    static ParaphraseModel fit(List<String> names, double[][] x, int[] y, int iterations) {
        int n = x.length;
        int d = names.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j]) < 1e-9 ? 1 : Math.sqrt(scale[j]);
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < iterations; it++) {
            double[] gw = new double[d];
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(w, z[i]) + b);
                double err = p - y[i];
                for (int j = 0; j < d; j++) {
                    gw[j] += err * z[i][j] / n;
                }
                gb += err / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= RATE * (gw[j] + L2 * w[j]);
            }
            b -= RATE * gb;
        }
        return new ParaphraseModel(List.copyOf(names), mean, scale, w, b, 0.5);
    }

    /** The threshold on the model's probability with the best accuracy on the given data. */
    static double bestThreshold(ParaphraseModel m, double[][] x, int[] y) {
        double[] p = Arrays.stream(x).mapToDouble(m::probability).toArray();
        double best = 0.5;
        int bestRight = -1;
        for (int t = 20; t <= 80; t++) {
            double th = t / 100.0;
            int right = 0;
            for (int i = 0; i < p.length; i++) {
                right += (p[i] >= th) == (y[i] == 1) ? 1 : 0;
            }
            if (right > bestRight) {
                bestRight = right;
                best = th;
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
