/* Thumbnail distances of group/verify.py, reproducing numpy's float32 rounding step by step
 * (see verify_kernels.py): included once by _kernels.c. */
/* --- thumbnail distances (verify) --------------------------------------------------- */

#define SIDE 16
#define CELLS (SIDE * SIDE)
#define WINDOWS 25
#define PROFILE (WINDOWS * SIDE)
#define FUSED_FIRST 6 /* output rows on which the 16x16 BLAS product fuses multiply-add */
#define FUSED_LAST 11

/* numpy's pairwise-sum leaf over x[lo:lo+n] (n <= 128): 8 accumulators. */
static float block_sum(const float *x, int lo, int n)
{
    if (n < 8) {
        float res = 0.0f;
        for (int k = 0; k < n; k++) {
            res += x[lo + k];
        }
        return res;
    }
    float r0 = x[lo], r1 = x[lo + 1], r2 = x[lo + 2], r3 = x[lo + 3];
    float r4 = x[lo + 4], r5 = x[lo + 5], r6 = x[lo + 6], r7 = x[lo + 7];
    int k = 8;
    for (; k < n - n % 8; k += 8) {
        const float *p = x + lo + k;
        r0 += p[0], r1 += p[1], r2 += p[2], r3 += p[3];
        r4 += p[4], r5 += p[5], r6 += p[6], r7 += p[7];
    }
    float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; k < n; k++) {
        res += x[lo + k];
    }
    return res;
}

static int half_of(int n) { return n / 2 - (n / 2) % 8; } /* numpy's pairwise split */

static float sum_256(const float *x, int lo, int n)
{
    if (n <= 128) {
        return block_sum(x, lo, n);
    }
    int h = half_of(n);
    return block_sum(x, lo, h) + block_sum(x, lo + h, n - h);
}

/* numpy's pairwise sum of x[:n] (the sizes used: 16, 256, 400). */
static float sum_n(const float *x, int n)
{
    if (n <= 256) {
        return sum_256(x, 0, n);
    }
    int h = half_of(n);
    return sum_256(x, 0, h) + sum_256(x, h, n - h);
}

/* A float32 sum divided by an integer count as numpy does it (in float64). */
static float mean_of(float total, int n) { return (float)((double)total / (double)n); }

/* verify._normalise over x[:n] in place: centre, then divide by std + 1e-3. */
static void normalise(float *x, int n, float *tmp)
{
    float m1 = mean_of(sum_n(x, n), n);
    for (int k = 0; k < n; k++) {
        x[k] = x[k] - m1;
    }
    float m2 = mean_of(sum_n(x, n), n);
    for (int k = 0; k < n; k++) {
        float d = x[k] - m2;
        tmp[k] = d * d;
    }
    float scale = sqrtf(mean_of(sum_n(tmp, n), n)) + 1e-3f;
    for (int k = 0; k < n; k++) {
        x[k] = x[k] / scale;
    }
}

/* Sort x[lo:hi] in place: a Shell pass, then insertion sort. */
static void sort_small(float *x, int lo, int hi)
{
    for (int gap = (hi - lo) / 3; gap > 1; gap /= 3) {
        for (int k = lo + gap; k < hi; k++) {
            float v = x[k];
            int m = k - gap;
            while (m >= lo && x[m] > v) {
                x[m + gap] = x[m];
                m -= gap;
            }
            x[m + gap] = v;
        }
    }
    for (int k = lo + 1; k < hi; k++) {
        float v = x[k];
        int m = k - 1;
        while (m >= lo && x[m] > v) {
            x[m + 1] = x[m];
            m -= 1;
        }
        x[m + 1] = v;
    }
}

/* The last bucket b with starts[b] <= rank (starts ascending, starts[0] = 0). */
static int bucket_of(const int32_t *starts, int rank)
{
    int lo = 0, hi = CELLS;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (starts[mid] <= rank) {
            lo = mid;
        }
        else {
            hi = mid - 1;
        }
    }
    return lo;
}

typedef struct {
    int32_t counts[4][CELLS + 1]; /* counts[0]: bucket starts; counts[1]: next free slot */
    int32_t bucket[CELLS];
} Histogram;

/* Bucket starts of x's 256 values (in [0, 256)) in unit buckets. */
static void histogram(const float *x, Histogram *h)
{
    for (int k = 0; k < CELLS; k++) {
        int32_t b = (int32_t)x[k];
        h->bucket[k] = b < 0 ? 0 : (b > CELLS - 1 ? CELLS - 1 : b);
    }
    memset(h->counts, 0, sizeof(h->counts));
    for (int k = 0; k < CELLS; k += 4) {
        for (int q = 0; q < 4; q++) { /* 4 interleaved histograms */
            h->counts[q][h->bucket[k + q] + 1] += 1;
        }
    }
    int32_t *starts = h->counts[0];
    for (int b = 0; b <= CELLS; b++) {
        starts[b] += h->counts[1][b] + h->counts[2][b] + h->counts[3][b];
    }
    for (int b = 0; b < CELLS; b++) {
        starts[b + 1] += starts[b];
    }
}

#define NRANKS 6
static const int RANKS[NRANKS] = {63, 64, 127, 128, 191, 192};

/* out[r] = the RANKS[r]-th smallest of x (256 values in [0, 256)); only the buckets
 * holding a wanted rank are gathered (at their sorted positions in work) and sorted,
 * unless the values are integers (then the bucket is the value). */
static void order_stats(const float *x, float *out, float *work, Histogram *h, int integer)
{
    histogram(x, h);
    const int32_t *starts = h->counts[0];
    int32_t *slot = h->counts[1];
    if (integer) {
        for (int r = 0; r < NRANKS; r++) {
            out[r] = (float)bucket_of(starts, RANKS[r]);
        }
        return;
    }
    for (int b = 0; b <= CELLS; b++) {
        slot[b] = -1;
    }
    for (int r = 0; r < NRANKS; r++) {
        int b = bucket_of(starts, RANKS[r]);
        slot[b] = starts[b];
    }
    for (int k = 0; k < CELLS; k++) {
        int32_t pos = slot[h->bucket[k]];
        if (pos >= 0) {
            work[pos] = x[k];
            slot[h->bucket[k]] = pos + 1;
        }
    }
    int done = -1;
    for (int r = 0; r < NRANKS; r++) {
        int b = bucket_of(starts, RANKS[r]);
        if (b != done) {
            sort_small(work, starts[b], starts[b + 1]);
            done = b;
        }
        out[r] = work[RANKS[r]];
    }
}

/* verify._robust_normalise of a 256-cell thumbnail x (float32, 0-255) into out;
 * tmp holds >= 264 floats. */
static void robust_normalise(const float *x, float *out, float *tmp, Histogram *h, int integer)
{
    float *q = tmp + CELLS;
    order_stats(x, q, tmp, h, integer);
    float low = q[0] * 0.25f + q[1] * 0.75f;
    float mid = q[2] * 0.5f + q[3] * 0.5f;
    float high = q[4] * 0.75f + q[5] * 0.25f;
    float mean = mean_of(sum_n(x, CELLS), CELLS);
    for (int k = 0; k < CELLS; k++) {
        float d = x[k] - mean;
        tmp[k] = d * d;
    }
    float std = sqrtf(mean_of(sum_n(tmp, CELLS), CELLS));
    float iqr = (high - low) / 1.349f, half_std = 0.5f * std;
    float scale = (half_std > iqr ? half_std : iqr) + 1.0f;
    for (int k = 0; k < CELLS; k++) {
        out[k] = (x[k] - mid) / scale;
    }
}

/* verify._loss of two normalised thumbnails. */
static float loss(const float *a, const float *b, float cap, float *tmp)
{
    for (int k = 0; k < CELLS; k++) {
        float d = a[k] - b[k], sq = d * d;
        tmp[k] = cap < sq ? cap : sq;
    }
    return mean_of(sum_n(tmp, CELLS), CELLS) / 4.0f;
}

/* Row means (out) of a 16x16 float32 array, as numpy's mean over the last axis. */
static void row_means(const float *x, float *out)
{
    for (int r = 0; r < SIDE; r++) {
        out[r] = mean_of(block_sum(x, r * SIDE, SIDE), SIDE);
    }
}

/* Column means, as numpy's mean over the first axis (a plain sequential sum). */
static void col_means(const float *x, float *out)
{
    for (int c = 0; c < SIDE; c++) {
        float acc = 0.0f;
        for (int r = 0; r < SIDE; r++) {
            acc += x[r * SIDE + c];
        }
        out[c] = mean_of(acc, SIDE);
    }
}

typedef struct {
    const int64_t *left; /* (25, 16): left cell of each window's output cell */
    const float *w0, *w1; /* (25, 16): weights of the left and the next cell */
} Taps;

/* All 25 crop windows of a 16-cell profile, normalised together. */
static void window_profiles(const float *profile, const Taps *taps, float *out, float *tmp)
{
    for (int k = 0; k < WINDOWS * SIDE; k++) {
        int64_t lo = taps->left[k];
        out[k] = fmaf(taps->w1[k], profile[lo + 1], taps->w0[k] * profile[lo]);
    }
    normalise(out, PROFILE, tmp);
}

typedef struct {
    float x[CELLS], tmp[PROFILE], rows[SIDE], cols[SIDE];
    Histogram h;
} PhotoScratch;

/* Per photo: robust-normalised thumbnail, profile targets and window profiles. */
static void photo_data(const uint8_t *thumb, const Taps *taps, float *norm, float *targets,
                       float *profiles, PhotoScratch *s)
{
    for (int k = 0; k < CELLS; k++) {
        s->x[k] = (float)thumb[k];
    }
    robust_normalise(s->x, norm, s->tmp, &s->h, 1);
    row_means(norm, targets);
    col_means(norm, targets + SIDE);
    normalise(targets, SIDE, s->tmp);
    normalise(targets + SIDE, SIDE, s->tmp);
    row_means(s->x, s->rows);
    col_means(s->x, s->cols);
    window_profiles(s->rows, taps, profiles, s->tmp);
    window_profiles(s->cols, taps, profiles + PROFILE, s->tmp);
}

/* First window whose normalised profile is closest to the target (squared error summed
 * as numpy's pairwise sum of 16: r[k] = sq[k] + sq[k + 8], then a fixed tree). */
static int best_window(const float *profiles, const float *target)
{
    float best = INFINITY, r[8];
    int best_w = 0;
    for (int w = 0; w < WINDOWS; w++) {
        const float *p = profiles + w * SIDE;
        for (int k = 0; k < 8; k++) {
            float d0 = p[k] - target[k], d1 = p[k + 8] - target[k + 8];
            float s0 = d0 * d0, s1 = d1 * d1;
            r[k] = s0 + s1;
        }
        float s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        if (s < best) {
            best = s, best_w = w;
        }
    }
    return best_w;
}

/* Two-tap interpolation a0*x0 + a1*x1 rounded as the BLAS kernel rounds it. */
static float tap(float a0, float x0, float a1, float x1, int fused)
{
    if (fused) {
        return fmaf(a1, x1, a0 * x0);
    }
    float p0 = a0 * x0, p1 = a1 * x1;
    return p0 + p1;
}

/* out = WINDOWS[wr] @ src @ WINDOWS[wc].T (16x16, src as uint8 cells). */
static void warp(const uint8_t *src, int wr, int wc, const Taps *taps, float *mid, float *out)
{
    for (int r = 0; r < SIDE; r++) {
        int fused = FUSED_FIRST <= r && r <= FUSED_LAST;
        int64_t lo = taps->left[wr * SIDE + r];
        float a0 = taps->w0[wr * SIDE + r], a1 = taps->w1[wr * SIDE + r];
        for (int c = 0; c < SIDE; c++) {
            float x0 = (float)src[lo * SIDE + c], x1 = (float)src[(lo + 1) * SIDE + c];
            mid[r * SIDE + c] = tap(a0, x0, a1, x1, fused);
        }
    }
    for (int r = 0; r < SIDE; r++) {
        int fused = FUSED_FIRST <= r && r <= FUSED_LAST;
        for (int c = 0; c < SIDE; c++) {
            int64_t lo = r * SIDE + taps->left[wc * SIDE + c];
            out[r * SIDE + c] =
                tap(taps->w0[wc * SIDE + c], mid[lo], taps->w1[wc * SIDE + c], mid[lo + 1], fused);
        }
    }
}

typedef struct {
    float buf[3][2 * CELLS];
    Histogram h;
} PairScratch;

/* Loss of dst against the best-aligned crop of src (verify._cropped_loss). */
static float cropped_loss(const uint8_t *src, const float *profiles, const float *dst_norm,
                          const float *dst_targets, const Taps *taps, float cap, PairScratch *s)
{
    int wr = best_window(profiles, dst_targets);
    int wc = best_window(profiles + PROFILE, dst_targets + SIDE);
    warp(src, wr, wc, taps, s->buf[0], s->buf[1]);
    robust_normalise(s->buf[1], s->buf[2], s->buf[0], &s->h, 0);
    return loss(s->buf[2], dst_norm, cap, s->buf[0]);
}

/* Buffers of the window taps: left (25, 16) int64, w0 and w1 (25, 16) float32. */
static int get_taps(PyObject *left, PyObject *w0, PyObject *w1, Py_buffer *v, Taps *taps)
{
    if (get_buffer(left, &v[0], 8, I64_KINDS, 0, "left") < 0 ||
        get_buffer(w0, &v[1], 4, F32_KINDS, 0, "w0") < 0 ||
        get_buffer(w1, &v[2], 4, F32_KINDS, 0, "w1") < 0) {
        return -1;
    }
    if (items(&v[0]) != WINDOWS * SIDE || items(&v[1]) != WINDOWS * SIDE ||
        items(&v[2]) != WINDOWS * SIDE) {
        PyErr_SetString(PyExc_ValueError, "taps: expected (25, 16) arrays");
        return -1;
    }
    const int64_t *l = v[0].buf;
    for (int k = 0; k < WINDOWS * SIDE; k++) {
        if (l[k] < 0 || l[k] > SIDE - 2) {
            PyErr_SetString(PyExc_ValueError, "taps: left cell out of range");
            return -1;
        }
    }
    taps->left = v[0].buf, taps->w0 = v[1].buf, taps->w1 = v[2].buf;
    return 0;
}
