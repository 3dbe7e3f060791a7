/* Compiled inner loops of photodedup.core.group: the Hamming index's pair searches
 * (_kernels_hamming.h, called by group/hamming_kernels.py) and the thumbnail distances of
 * verification (_kernels_verify.h, called by group/verify_kernels.py).
 *
 * Plain C against the CPython API and the buffer protocol (no numpy headers): arrays come
 * in as C-contiguous buffers, pair lists go out as one bytearray of int64 that the Python
 * side views with numpy.  Every long loop runs with the GIL released, so several kernels
 * run at once in threads.
 *
 * The verification kernels reproduce numpy's float32 results bit for bit (see
 * verify_kernels.py): this file must be compiled without floating-point contraction
 * (-ffp-contract=off, setup.py) and without fast-math; fused multiply-adds are explicit
 * (fmaf).  The Hamming loops are compiled once per instruction set (popcnt, AVX2,
 * AVX-512 VPOPCNTDQ) and the best the CPU supports is picked at import.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(_MSC_VER)
#include <intrin.h>
#define ALWAYS_INLINE static __forceinline
#else
#define ALWAYS_INLINE static inline __attribute__((always_inline))
#endif

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#define KERNELS_X86_VARIANTS 1
#endif

ALWAYS_INLINE int64_t popcount64(uint64_t v)
{
#if defined(__GNUC__) || defined(__clang__)
    return (int64_t)__builtin_popcountll(v);
#elif defined(_MSC_VER) && defined(_M_X64)
    return (int64_t)__popcnt64(v);
#else
    v = v - ((v >> 1) & 0x5555555555555555ULL);
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
    v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (int64_t)((v * 0x0101010101010101ULL) >> 56);
#endif
}

/* --- buffers ------------------------------------------------------------------------ */

/* A C-contiguous buffer of items of `itemsize` bytes whose format's type letter is one of
 * `kinds` (numpy says 'l' or 'q' for int64 depending on the platform). */
static int get_buffer(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, const char *kinds,
                      int writable, const char *name)
{
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, view, flags) < 0) {
        return -1;
    }
    const char *fmt = view->format ? view->format : "B";
    char kind = fmt[strlen(fmt) - 1];
    if (view->itemsize != itemsize || strchr(kinds, kind) == NULL) {
        PyErr_Format(PyExc_TypeError, "%s: expected items of %zd bytes of kind '%s', got '%s'",
                     name, itemsize, kinds, fmt);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

#define I64_KINDS "qlQL" /* int64 (uint64 accepted where the bits are what counts) */
#define U64_KINDS "QLql"
#define F32_KINDS "f"
#define U8_KINDS "B"

static Py_ssize_t items(const Py_buffer *view) { return view->len / view->itemsize; }

static void release_all(Py_buffer *views, int count)
{
    for (int k = 0; k < count; k++) {
        if (views[k].obj != NULL) {
            PyBuffer_Release(&views[k]);
        }
    }
}

/* --- pair lists --------------------------------------------------------------------- */

typedef struct {
    int64_t *i, *j, *d;
    Py_ssize_t size, cap;
    int failed; /* out of memory */
} Pairs;

static int pairs_init(Pairs *p, Py_ssize_t cap)
{
    p->size = 0;
    p->cap = cap;
    p->failed = 0;
    p->i = malloc((size_t)cap * sizeof(int64_t));
    p->j = malloc((size_t)cap * sizeof(int64_t));
    p->d = malloc((size_t)cap * sizeof(int64_t));
    p->failed = p->i == NULL || p->j == NULL || p->d == NULL;
    return !p->failed;
}

static void pairs_free(Pairs *p)
{
    free(p->i);
    free(p->j);
    free(p->d);
}

static int grow(int64_t **a, Py_ssize_t cap)
{
    int64_t *more = realloc(*a, (size_t)cap * sizeof(int64_t));
    if (more == NULL) {
        return 0;
    }
    *a = more;
    return 1;
}

/* Append (min, max, d); on failure to grow, remember it and drop the pair. */
static void emit(Pairs *p, int64_t a, int64_t b, int64_t d)
{
    if (p->size == p->cap) {
        Py_ssize_t cap = 2 * p->cap;
        if (!grow(&p->i, cap) || !grow(&p->j, cap) || !grow(&p->d, cap)) {
            p->failed = 1;
            return;
        }
        p->cap = cap;
    }
    p->i[p->size] = a < b ? a : b;
    p->j[p->size] = a < b ? b : a;
    p->d[p->size] = d;
    p->size++;
}

/* The pairs as one bytearray of 3 * size int64: all i, then all j, then all d. */
static PyObject *pairs_result(Pairs *p)
{
    if (p->failed) {
        pairs_free(p);
        return PyErr_NoMemory();
    }
    size_t part = (size_t)p->size * sizeof(int64_t);
    PyObject *out = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)(3 * part));
    if (out != NULL && part) {
        char *dst = PyByteArray_AS_STRING(out);
        memcpy(dst, p->i, part);
        memcpy(dst + part, p->j, part);
        memcpy(dst + 2 * part, p->d, part);
    }
    pairs_free(p);
    return out;
}

#include "_kernels_hamming.h"
#include "_kernels_verify.h"

/* --- Python entry points of the thumbnail distances ---------------------------------- */

static PyObject *py_photo_data(PyObject *self, PyObject *args)
{
    PyObject *o[7];
    Py_buffer v[7] = {{0}};
    Taps taps;
    if (!PyArg_ParseTuple(args, "OOOOOOO:photo_data", &o[0], &o[1], &o[2], &o[3], &o[4], &o[5],
                          &o[6])) {
        return NULL;
    }
    if (get_buffer(o[0], &v[0], 1, U8_KINDS, 0, "thumbs") < 0 ||
        get_taps(o[1], o[2], o[3], v + 1, &taps) < 0 ||
        get_buffer(o[4], &v[4], 4, F32_KINDS, 1, "norm") < 0 ||
        get_buffer(o[5], &v[5], 4, F32_KINDS, 1, "targets") < 0 ||
        get_buffer(o[6], &v[6], 4, F32_KINDS, 1, "profiles") < 0) {
        release_all(v, 7);
        return NULL;
    }
    Py_ssize_t m = items(&v[0]) / CELLS;
    if (items(&v[0]) != m * CELLS || items(&v[4]) != m * CELLS ||
        items(&v[5]) != m * 2 * SIDE || items(&v[6]) != m * 2 * PROFILE) {
        release_all(v, 7);
        PyErr_SetString(PyExc_ValueError, "photo_data: array shapes differ");
        return NULL;
    }
    int failed = 0;
    Py_BEGIN_ALLOW_THREADS
    PhotoScratch *s = malloc(sizeof(PhotoScratch));
    failed = s == NULL;
    for (Py_ssize_t p = 0; s != NULL && p < m; p++) {
        photo_data((const uint8_t *)v[0].buf + p * CELLS, &taps, (float *)v[4].buf + p * CELLS,
                   (float *)v[5].buf + p * 2 * SIDE, (float *)v[6].buf + p * 2 * PROFILE, s);
    }
    free(s);
    Py_END_ALLOW_THREADS
    release_all(v, 7);
    if (failed) {
        return PyErr_NoMemory();
    }
    Py_RETURN_NONE;
}

static PyObject *py_pair_losses(PyObject *self, PyObject *args)
{
    PyObject *o[11];
    Py_buffer v[11] = {{0}};
    Taps taps;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOO:pair_losses", &o[0], &o[1], &o[2], &o[3], &o[4],
                          &o[5], &o[6], &o[7], &o[8], &o[9], &o[10])) {
        return NULL;
    }
    if (get_buffer(o[0], &v[0], 1, U8_KINDS, 0, "thumbs") < 0 ||
        get_buffer(o[1], &v[1], 4, F32_KINDS, 0, "norm") < 0 ||
        get_buffer(o[2], &v[2], 4, F32_KINDS, 0, "targets") < 0 ||
        get_buffer(o[3], &v[3], 4, F32_KINDS, 0, "profiles") < 0 ||
        get_buffer(o[4], &v[4], 8, I64_KINDS, 0, "a") < 0 ||
        get_buffer(o[5], &v[5], 8, I64_KINDS, 0, "b") < 0 ||
        get_taps(o[6], o[7], o[8], v + 6, &taps) < 0 ||
        get_buffer(o[9], &v[9], 4, F32_KINDS, 0, "limits") < 0 ||
        get_buffer(o[10], &v[10], 4, F32_KINDS, 1, "out") < 0) {
        release_all(v, 11);
        return NULL;
    }
    Py_ssize_t m = items(&v[0]) / CELLS, n = items(&v[4]);
    int ok = items(&v[0]) == m * CELLS && items(&v[1]) == m * CELLS &&
             items(&v[2]) == m * 2 * SIDE && items(&v[3]) == m * 2 * PROFILE &&
             items(&v[5]) == n && items(&v[10]) == n && items(&v[9]) == 3;
    const int64_t *a = v[4].buf, *b = v[5].buf;
    for (Py_ssize_t q = 0; ok && q < n; q++) {
        ok = 0 <= a[q] && a[q] < m && 0 <= b[q] && b[q] < m;
    }
    if (!ok) {
        release_all(v, 11);
        PyErr_SetString(PyExc_ValueError, "pair_losses: array shapes differ or index out of range");
        return NULL;
    }
    const float *limits = v[9].buf;
    const float easy = limits[0], hopeless = limits[1], cap = limits[2];
    const uint8_t *thumbs = v[0].buf;
    const float *norm = v[1].buf, *targets = v[2].buf, *profiles = v[3].buf;
    float *out = v[10].buf;
    int failed = 0;
    Py_BEGIN_ALLOW_THREADS
    PairScratch *s = malloc(sizeof(PairScratch));
    failed = s == NULL;
    for (Py_ssize_t q = 0; s != NULL && q < n; q++) {
        int64_t i = a[q], j = b[q];
        float best = loss(norm + i * CELLS, norm + j * CELLS, cap, s->buf[0]);
        if (easy < best && best <= hopeless) {
            float ca = cropped_loss(thumbs + i * CELLS, profiles + i * 2 * PROFILE,
                                    norm + j * CELLS, targets + j * 2 * SIDE, &taps, cap, s);
            float cb = cropped_loss(thumbs + j * CELLS, profiles + j * 2 * PROFILE,
                                    norm + i * CELLS, targets + i * 2 * SIDE, &taps, cap, s);
            best = ca < best ? ca : best;
            best = cb < best ? cb : best;
        }
        out[q] = best;
    }
    free(s);
    Py_END_ALLOW_THREADS
    release_all(v, 11);
    if (failed) {
        return PyErr_NoMemory();
    }
    Py_RETURN_NONE;
}

/* out = WINDOWS[wr] @ src @ WINDOWS[wc].T of one 16x16 uint8 thumbnail (tests). */
static PyObject *py_warp(PyObject *self, PyObject *args)
{
    PyObject *o[5];
    int wr, wc;
    Py_buffer v[5] = {{0}};
    Taps taps;
    if (!PyArg_ParseTuple(args, "OiiOOOO:warp", &o[0], &wr, &wc, &o[1], &o[2], &o[3], &o[4])) {
        return NULL;
    }
    if (get_buffer(o[0], &v[0], 1, U8_KINDS, 0, "src") < 0 ||
        get_taps(o[1], o[2], o[3], v + 1, &taps) < 0 ||
        get_buffer(o[4], &v[4], 4, F32_KINDS, 1, "out") < 0) {
        release_all(v, 5);
        return NULL;
    }
    if (items(&v[0]) != CELLS || items(&v[4]) != CELLS || wr < 0 || wr >= WINDOWS || wc < 0 ||
        wc >= WINDOWS) {
        release_all(v, 5);
        PyErr_SetString(PyExc_ValueError, "warp: expected 256 cells and windows in [0, 25)");
        return NULL;
    }
    float mid[CELLS];
    warp(v[0].buf, wr, wc, &taps, mid, v[4].buf);
    release_all(v, 5);
    Py_RETURN_NONE;
}

/* Pair offsets cutting the pairs into runs that each touch <= max_photos photos. */
static PyObject *py_chunk_starts(PyObject *self, PyObject *args)
{
    PyObject *ao, *bo;
    Py_ssize_t n, max_photos;
    Py_buffer v[2] = {{0}};
    if (!PyArg_ParseTuple(args, "OOnn:chunk_starts", &ao, &bo, &n, &max_photos)) {
        return NULL;
    }
    if (get_buffer(ao, &v[0], 8, I64_KINDS, 0, "a") < 0 ||
        get_buffer(bo, &v[1], 8, I64_KINDS, 0, "b") < 0) {
        release_all(v, 2);
        return NULL;
    }
    const int64_t *a = v[0].buf, *b = v[1].buf;
    Py_ssize_t pairs = items(&v[0]);
    int ok = items(&v[1]) == pairs && n >= 0;
    for (Py_ssize_t q = 0; ok && q < pairs; q++) {
        ok = 0 <= a[q] && a[q] < n && 0 <= b[q] && b[q] < n;
    }
    if (!ok) {
        release_all(v, 2);
        PyErr_SetString(PyExc_ValueError, "chunk_starts: lengths differ or index out of range");
        return NULL;
    }
    int64_t *seen = NULL, *starts = NULL;
    Py_ssize_t count_starts = 0;
    Py_BEGIN_ALLOW_THREADS
    seen = calloc((size_t)(n > 0 ? n : 1), sizeof(int64_t)); /* chunk (from 1) last seen in */
    starts = malloc((size_t)(pairs + 2) * sizeof(int64_t));
    if (seen != NULL && starts != NULL) {
        starts[count_starts++] = 0;
        Py_ssize_t count = 0;
        for (Py_ssize_t q = 0; q < pairs; q++) {
            Py_ssize_t fresh = (seen[a[q]] != count_starts) + (seen[b[q]] != count_starts);
            if (count + fresh > max_photos) {
                starts[count_starts++] = q;
                count = 0, fresh = 2;
            }
            seen[a[q]] = count_starts;
            seen[b[q]] = count_starts;
            count += fresh;
        }
        starts[count_starts++] = pairs;
    }
    Py_END_ALLOW_THREADS
    release_all(v, 2);
    PyObject *out = NULL;
    if (seen == NULL || starts == NULL) {
        PyErr_NoMemory();
    }
    else {
        out = PyByteArray_FromStringAndSize((const char *)starts,
                                            count_starts * (Py_ssize_t)sizeof(int64_t));
    }
    free(seen);
    free(starts);
    return out;
}

static PyMethodDef methods[] = {
    {"brute_pairs", py_brute_pairs, METH_VARARGS,
     "brute_pairs(keys, radius, rows) -> bytearray of int64 (i..., j..., d...)"},
    {"join_buckets", py_join_buckets, METH_VARARGS,
     "join_buckets(sorted_keys, sorted_ids, starts, buckets, flips, radius, prev_shifts, "
     "prev_masks, prev_radii) -> bytearray of int64 (i..., j..., d...)"},
    {"photo_data", py_photo_data, METH_VARARGS,
     "photo_data(thumbs, left, w0, w1, norm, targets, profiles): per-photo data, in place"},
    {"pair_losses", py_pair_losses, METH_VARARGS,
     "pair_losses(thumbs, norm, targets, profiles, a, b, left, w0, w1, limits, out)"},
    {"warp", py_warp, METH_VARARGS, "warp(src, wr, wc, left, w0, w1, out)"},
    {"chunk_starts", py_chunk_starts, METH_VARARGS,
     "chunk_starts(a, b, n, max_photos) -> bytearray of int64 offsets"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_kernels", "Compiled loops of photodedup.core.group.", -1, methods,
};

/* sha256 of the C sources this module was built from (setup.py defines it), so tests see
 * a stale build. */
#ifndef KERNELS_SOURCE_SHA256
#define KERNELS_SOURCE_SHA256 unknown
#endif
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)

PyMODINIT_FUNC PyInit__kernels(void)
{
    choose_variant();
    PyObject *m = PyModule_Create(&module);
    if (m != NULL &&
        (PyModule_AddStringConstant(m, "INSTRUCTION_SET", instruction_set) < 0 ||
         PyModule_AddStringConstant(m, "SOURCE_SHA256", STRINGIFY(KERNELS_SOURCE_SHA256)) < 0)) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
