package dev.parallax.compare.event;

/**
 * How much of each article the others tell: {@code of(x, y)} is the share of x's body text (the
 * non-space characters of its sentences and headings) inside groups that y is a member of. Not
 * symmetric: a short report can be told whole by a long one that it covers only a little of.
 */
public final class Coverage {
    private final double[][] shares;
    private final double[] byAny;

    Coverage(double[][] shares, double[] byAny) {
        this.shares = new double[shares.length][];
        for (int i = 0; i < shares.length; i++) {
            this.shares[i] = shares[i].clone();
        }
        this.byAny = byAny.clone();
    }

    public int size() {
        return shares.length;
    }

    /** Share of x's text that y also tells, in 0..1; 0 on the diagonal. */
    public double of(int x, int y) {
        return shares[x][y];
    }

    /** Share of x's text that at least one other article tells. */
    public double byAny(int x) {
        return byAny[x];
    }
}
