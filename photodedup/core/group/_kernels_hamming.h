/* Hamming pair search of group/index.py: included once by _kernels.c (one translation unit,
 * so every function stays static and inlinable). */
/* --- Hamming search ----------------------------------------------------------------- */

#define START_CAPACITY 1024
#define SCAN_BLOCK 256

/* Whether any of keys[lo:hi] is within radius of x (a branch-free, vectorisable scan). */
ALWAYS_INLINE int any_within(uint64_t x, const uint64_t *keys, Py_ssize_t lo, Py_ssize_t hi,
                             int64_t radius)
{
    uint64_t hits = 0;
    for (Py_ssize_t j = lo; j < hi; j++) {
        hits += (uint64_t)(popcount64(x ^ keys[j]) <= radius);
    }
    return hits > 0;
}

ALWAYS_INLINE void brute_body(const uint64_t *keys, Py_ssize_t n, int64_t radius,
                              const int64_t *rows, Py_ssize_t nrows, Pairs *out)
{
    for (Py_ssize_t r = 0; r < nrows; r++) {
        int64_t i = rows[r];
        uint64_t x = keys[i];
        for (Py_ssize_t lo = (Py_ssize_t)i + 1; lo < n; lo += SCAN_BLOCK) {
            Py_ssize_t hi = lo + SCAN_BLOCK < n ? lo + SCAN_BLOCK : n;
            if (!any_within(x, keys, lo, hi, radius)) {
                continue;
            }
            for (Py_ssize_t j = lo; j < hi; j++) {
                int64_t d = popcount64(x ^ keys[j]);
                if (d <= radius) {
                    emit(out, i, (int64_t)j, d);
                }
            }
        }
    }
}

typedef struct {
    const uint64_t *keys; /* sorted by chunk value */
    const int64_t *ids;
    Py_ssize_t nkeys;
    const int64_t *starts; /* bucket value -> first position; nstarts = buckets + 1 */
    Py_ssize_t nstarts;
    const int64_t *buckets;
    Py_ssize_t nbuckets;
    const int64_t *flips;
    Py_ssize_t nflips;
    int64_t radius;
    const uint64_t *prev_shifts, *prev_masks; /* earlier tables (already reported pairs) */
    const int64_t *prev_radii;
    Py_ssize_t nprev;
} Join;

/* The bucket [*b0, *b1) of chunk value w, if w is a valid, well-formed bucket. */
ALWAYS_INLINE int bucket_range(const Join *t, int64_t w, int64_t *b0, int64_t *b1)
{
    if (w < 0 || w + 1 >= t->nstarts) {
        return 0;
    }
    *b0 = t->starts[w];
    *b1 = t->starts[w + 1];
    return 0 <= *b0 && *b0 <= *b1 && *b1 <= t->nkeys;
}

ALWAYS_INLINE int seen_earlier(const Join *t, uint64_t diff)
{
    for (Py_ssize_t k = 0; k < t->nprev; k++) {
        uint64_t shift = t->prev_shifts[k] & 63;
        if (popcount64((diff >> shift) & t->prev_masks[k]) <= t->prev_radii[k]) {
            return 1;
        }
    }
    return 0;
}

/* Emit (x_id, ids[b]) for keys[b] (start <= b < stop) within the radius of x that no
 * earlier table reported; blocks without a hit are skipped by one vectorised scan. */
ALWAYS_INLINE void scan(const Join *t, uint64_t x, int64_t x_id, const uint64_t *keys,
                        const int64_t *ids, Py_ssize_t start, Py_ssize_t stop, Pairs *out)
{
    for (Py_ssize_t lo = start; lo < stop; lo += SCAN_BLOCK) {
        Py_ssize_t hi = lo + SCAN_BLOCK < stop ? lo + SCAN_BLOCK : stop;
        if (!any_within(x, keys, lo, hi, t->radius)) {
            continue;
        }
        for (Py_ssize_t b = lo; b < hi; b++) {
            uint64_t diff = x ^ keys[b];
            int64_t d = popcount64(diff);
            if (d > t->radius || seen_earlier(t, diff)) {
                continue;
            }
            emit(out, x_id, ids[b], d);
        }
    }
}

typedef struct {
    uint64_t *keys;
    int64_t *ids;
    Py_ssize_t size, cap;
} Near;

/* Copy the keys of every bucket v ^ f > v (f in flips) side by side into near. */
static int gather(const Join *t, int64_t v, Near *near)
{
    near->size = 0;
    for (Py_ssize_t k = 0; k < t->nflips; k++) {
        int64_t w = v ^ t->flips[k], b0, b1;
        if (w <= v || !bucket_range(t, w, &b0, &b1)) {
            continue;
        }
        Py_ssize_t need = near->size + (Py_ssize_t)(b1 - b0);
        if (need > near->cap) {
            Py_ssize_t cap = 2 * near->cap > need ? 2 * near->cap : need;
            uint64_t *keys = realloc(near->keys, (size_t)cap * sizeof(uint64_t));
            if (keys == NULL) {
                return 0;
            }
            near->keys = keys;
            int64_t *ids = realloc(near->ids, (size_t)cap * sizeof(int64_t));
            if (ids == NULL) {
                return 0;
            }
            near->ids = ids;
            near->cap = cap;
        }
        memcpy(near->keys + near->size, t->keys + b0, (size_t)(b1 - b0) * sizeof(uint64_t));
        memcpy(near->ids + near->size, t->ids + b0, (size_t)(b1 - b0) * sizeof(int64_t));
        near->size = need;
    }
    return 1;
}

ALWAYS_INLINE void join_body(const Join *t, Near *near, Pairs *out)
{
    int self_join = 0;
    for (Py_ssize_t k = 0; k < t->nflips; k++) {
        self_join |= t->flips[k] == 0;
    }
    for (Py_ssize_t q = 0; q < t->nbuckets && !out->failed; q++) {
        int64_t v = t->buckets[q], a0, a1;
        if (!bucket_range(t, v, &a0, &a1)) {
            continue;
        }
        if (!gather(t, v, near)) {
            out->failed = 1;
            return;
        }
        for (int64_t a = a0; a < a1; a++) {
            uint64_t x = t->keys[a];
            int64_t x_id = t->ids[a];
            if (self_join) {
                scan(t, x, x_id, t->keys, t->ids, (Py_ssize_t)a + 1, (Py_ssize_t)a1, out);
            }
            scan(t, x, x_id, near->keys, near->ids, 0, near->size, out);
        }
    }
}

/* One copy of the two loops per instruction set; the best available is chosen at import. */
typedef void (*brute_fn)(const uint64_t *, Py_ssize_t, int64_t, const int64_t *, Py_ssize_t,
                         Pairs *);
typedef void (*join_fn)(const Join *, Near *, Pairs *);

#define VARIANT(suffix, attr)                                                                \
    static attr void brute_##suffix(const uint64_t *keys, Py_ssize_t n, int64_t radius,       \
                                    const int64_t *rows, Py_ssize_t nrows, Pairs *out)        \
    {                                                                                        \
        brute_body(keys, n, radius, rows, nrows, out);                                       \
    }                                                                                        \
    static attr void join_##suffix(const Join *t, Near *near, Pairs *out)                    \
    {                                                                                        \
        join_body(t, near, out);                                                             \
    }

VARIANT(generic, )
#ifdef KERNELS_X86_VARIANTS
VARIANT(popcnt, __attribute__((target("popcnt"))))
VARIANT(avx2, __attribute__((target("popcnt,avx2"))))
VARIANT(avx512, __attribute__((target("popcnt,avx2,avx512f,avx512vl,avx512bw,avx512vpopcntdq"))))
#endif

static brute_fn brute_impl = brute_generic;
static join_fn join_impl = join_generic;
static const char *instruction_set = "generic";

static void choose_variant(void)
{
#ifdef KERNELS_X86_VARIANTS
    /* PHOTODEDUP_KERNELS_ISA=generic|popcnt|avx2|avx512 picks that variant if the CPU has
     * it (tests compare every variant); otherwise the best the CPU supports. */
    const char *want = getenv("PHOTODEDUP_KERNELS_ISA");
    __builtin_cpu_init();
    int popcnt = __builtin_cpu_supports("popcnt");
    int avx2 = popcnt && __builtin_cpu_supports("avx2");
    int avx512 = avx2 && __builtin_cpu_supports("avx512vpopcntdq") &&
                 __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw");
    if (want != NULL && *want != '\0') {
        avx512 = avx512 && strcmp(want, "avx512") == 0;
        avx2 = avx2 && (avx512 || strcmp(want, "avx2") == 0);
        popcnt = popcnt && (avx2 || strcmp(want, "popcnt") == 0);
    }
    if (avx512) {
        brute_impl = brute_avx512, join_impl = join_avx512, instruction_set = "avx512";
    }
    else if (avx2) {
        brute_impl = brute_avx2, join_impl = join_avx2, instruction_set = "avx2";
    }
    else if (popcnt) {
        brute_impl = brute_popcnt, join_impl = join_popcnt, instruction_set = "popcnt";
    }
#endif
}

static PyObject *py_brute_pairs(PyObject *self, PyObject *args)
{
    PyObject *keys_obj, *rows_obj;
    long long radius;
    Py_buffer v[2] = {{0}};
    if (!PyArg_ParseTuple(args, "OLO:brute_pairs", &keys_obj, &radius, &rows_obj)) {
        return NULL;
    }
    if (get_buffer(keys_obj, &v[0], 8, U64_KINDS, 0, "keys") < 0 ||
        get_buffer(rows_obj, &v[1], 8, I64_KINDS, 0, "rows") < 0) {
        release_all(v, 2);
        return NULL;
    }
    const int64_t *rows = v[1].buf;
    Py_ssize_t n = items(&v[0]), nrows = items(&v[1]);
    for (Py_ssize_t r = 0; r < nrows; r++) {
        if (rows[r] < 0 || rows[r] >= n) {
            release_all(v, 2);
            return PyErr_Format(PyExc_IndexError, "row %lld out of range", (long long)rows[r]);
        }
    }
    Pairs out;
    Py_BEGIN_ALLOW_THREADS
    if (pairs_init(&out, START_CAPACITY)) {
        brute_impl(v[0].buf, n, (int64_t)radius, rows, nrows, &out);
    }
    Py_END_ALLOW_THREADS
    release_all(v, 2);
    return pairs_result(&out);
}

static PyObject *py_join_buckets(PyObject *self, PyObject *args)
{
    PyObject *o[8];
    long long radius;
    Py_buffer v[8] = {{0}};
    if (!PyArg_ParseTuple(args, "OOOOOLOOO:join_buckets", &o[0], &o[1], &o[2], &o[3], &o[4],
                          &radius, &o[5], &o[6], &o[7])) {
        return NULL;
    }
    static const char *names[8] = {"sorted_keys", "sorted_ids", "starts", "buckets",
                                   "flips", "prev_shifts", "prev_masks", "prev_radii"};
    static const char *kinds[8] = {U64_KINDS, I64_KINDS, I64_KINDS, I64_KINDS,
                                   I64_KINDS, U64_KINDS, U64_KINDS, I64_KINDS};
    for (int k = 0; k < 8; k++) {
        if (get_buffer(o[k], &v[k], 8, kinds[k], 0, names[k]) < 0) {
            release_all(v, 8);
            return NULL;
        }
    }
    if (items(&v[1]) != items(&v[0]) || items(&v[6]) != items(&v[5]) ||
        items(&v[7]) != items(&v[5])) {
        release_all(v, 8);
        PyErr_SetString(PyExc_ValueError, "join_buckets: array lengths differ");
        return NULL;
    }
    Join t = {v[0].buf, v[1].buf, items(&v[0]), v[2].buf, items(&v[2]), v[3].buf,
              items(&v[3]), v[4].buf, items(&v[4]), (int64_t)radius, v[5].buf, v[6].buf,
              v[7].buf, items(&v[5])};
    Pairs out;
    Near near = {NULL, NULL, 0, 0};
    Py_BEGIN_ALLOW_THREADS
    near.keys = malloc(START_CAPACITY * sizeof(uint64_t));
    near.ids = malloc(START_CAPACITY * sizeof(int64_t));
    near.cap = START_CAPACITY;
    if (pairs_init(&out, START_CAPACITY) && near.keys && near.ids) {
        join_impl(&t, &near, &out);
    }
    else {
        out.failed = 1;
    }
    free(near.keys);
    free(near.ids);
    Py_END_ALLOW_THREADS
    release_all(v, 8);
    return pairs_result(&out);
}
