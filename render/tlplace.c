/* tlplace: label boxes beside a horizontal axis; see tlplace.h.
 *
 * The model (the "panorama" labelling of the research notes): a label hangs
 * on a stem that rises from its anchor through the side's band to the box's
 * near edge. A shifted label's stem crosses the band on a diagonal (the
 * elbow). So that no two leaders cross, the stems of one side keep the time
 * order of their anchors, stem_sep apart: two diagonals whose ends keep the
 * same order never meet. A stem may not pass under a foreign box, so a box
 * over another label's stem lies wholly beyond that label.
 *
 * A candidate is a side, a box, a stem position and an alignment of the box
 * on its stem; it goes at the lowest distance from the axis its neighbours
 * allow. Its cost counts how much the figure grows (most), how far out the
 * box reaches, how far the stem is shifted, then small preferences (above,
 * not centred). With near_first the shift weighs more, and more than in
 * proportion: a label 100 pt from its event on a long flat leader costs as
 * much as some 33 pt of height, one 30 pt away some 10.
 * Each search looks at O(placed) neighbours per candidate. */
#include "tlplace_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef enum { ALIGN_LEFT, ALIGN_RIGHT, ALIGN_CENTRE } Align;

static const double W_GROW = 4;       /* per point the figure grows */
static const double W_SHIFT = 0.5;   /* per point the stem leaves its anchor */
static const double W_SHIFT_NEAR = 1.25;  /* ... on a page that grows, */
static const double SHIFT_SCALE = 40;  /* ... plus (shift / this) squared */
static const double BELOW_COST = 0.5; /* above reads first */
static const double CENTRE_COST = 1;  /* a box flush with its stem reads better */
static const double COVER_COST = 10;  /* per anchor still to come under the box... */
static const double BLOCK_COST = 30;  /* ... too near the axis for its label to pass */
static const double STRAND_COST = 2000; /* per label still to come left with no side */
static const double HEM_COST = 100;     /* ... with no side free of low boxes */

/* One interval of distances a box may not start in. */
typedef struct Span { double a, b; } Span;

TlPlace *tlplace_new(const TlPlaceRules *rules)
{
	TlPlace *p = g_new0(TlPlace, 1);
	p->r = *rules;
	p->items = g_array_new(FALSE, TRUE, sizeof(Item));
	p->expect = g_array_new(FALSE, FALSE, sizeof(Expect));
	return p;
}

void tlplace_free(TlPlace *p)
{
	if (!p)
		return;
	for (guint i = 0; i < p->items->len; i++)
		g_free(g_array_index(p->items, Item, i).boxes);
	g_array_free(p->items, TRUE);
	g_array_free(p->expect, TRUE);
	if (p->expect_at)
		g_hash_table_destroy(p->expect_at);
	g_free(p);
}

Item *tlplace_item(const TlPlace *p, int id)
{
	return &g_array_index(p->items, Item, id);
}

double tlplace_band(const TlPlace *p, TlPlaceSide side)
{
	return p->elbows[side] > 0 ? p->r.elbow_band[side] : p->r.band[side];
}

double tlplace_side_height(const TlPlace *p, TlPlaceSide side)
{
	return p->count[side] > 0 ? tlplace_band(p, side) + p->ext[side] : 0;
}

/* What a stem shifted that far from its anchor costs. */
static double shift_cost(const TlPlace *p, double shift)
{
	if (!p->r.near_first)
		return W_SHIFT * shift;
	return W_SHIFT_NEAR * shift + (shift / SHIFT_SCALE) * (shift / SHIFT_SCALE);
}

double tlplace_score(const TlPlace *p)
{
	double h = tlplace_height(p);
	if (!p->r.near_first)
		return h;
	double s = W_GROW * h;
	for (guint i = 0; i < p->items->len; i++) {
		const Item *it = tlplace_item(p, (int)i);
		if (it->placed)
			s += shift_cost(p, fabs(it->spot.pos - it->anchor));
	}
	return s;
}

double tlplace_height(const TlPlace *p)
{
	return tlplace_side_height(p, TLPLACE_ABOVE) + tlplace_side_height(p, TLPLACE_BELOW) +
	       p->extra;
}

void tlplace_add_extra(TlPlace *p, double extra)
{
	p->extra += extra;
}

static gboolean is_elbow(double pos, double anchor)
{
	return fabs(pos - anchor) >= 0.05;
}

/* Whether label a (anchor, key) comes before label b in time order. */
static gboolean before(double a_anchor, int a_key, double b_anchor, int b_key)
{
	return a_anchor < b_anchor || (a_anchor == b_anchor && a_key < b_key);
}

/* The stem positions the side leaves for a label at (anchor, key), skipping
 * label `self`: between its neighbours in time order and within max_shift.
 * FALSE when empty. */
/* How far a stem may go from its anchor, before its neighbours count. */
static void stem_bounds(const TlPlace *p, double anchor, double *lo, double *hi)
{
	*lo = MAX(anchor - p->r.max_shift, p->r.lo);
	*hi = MIN(anchor + p->r.max_shift, p->r.hi);
}

gboolean tlplace_stem_range(const TlPlace *p, TlPlaceSide side, double anchor, int key,
                           int self, double *lo, double *hi)
{
	stem_bounds(p, anchor, lo, hi);
	for (guint i = 0; i < p->items->len; i++) {
		const Item *it = tlplace_item(p, (int)i);
		if (!it->placed || it->spot.side != side || (int)i == self)
			continue;
		if (before(it->anchor, it->key, anchor, key))
			*lo = MAX(*lo, it->spot.pos + p->r.stem_sep);
		else
			*hi = MIN(*hi, it->spot.pos - p->r.stem_sep);
	}
	return *lo <= *hi + TLPLACE_EPS;
}

static int cmp_expect(gconstpointer pa, gconstpointer pb)
{
	const Expect *a = pa, *b = pb;
	if (a->anchor != b->anchor)
		return a->anchor < b->anchor ? -1 : 1;
	return (a->key > b->key) - (a->key < b->key);
}

void tlplace_expect(TlPlace *p, double anchor, int key, unsigned sides)
{
	Expect e = {anchor, key, sides, FALSE};
	g_array_append_val(p->expect, e);
	p->expect_sorted = FALSE;
	g_clear_pointer(&p->expect_at, g_hash_table_destroy);
}

/* The labels still to come whose anchors lie under [l, r], other than key. */
static int covered(const TlPlace *p, double l, double r, int key)
{
	const Expect *e = (const Expect *)(const void *)p->expect->data;
	int n = (int)p->expect->len, lo = 0, hi = n, count = 0;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (e[mid].anchor < l)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int i = lo; i < n && e[i].anchor <= r; i++)
		count += !e[i].done && e[i].key != key;
	return count;
}

void tlplace_limit_sides(TlPlace *p, int key, unsigned sides)
{
	for (guint i = 0; i < p->items->len; i++)
		if (tlplace_item(p, (int)i)->key == key)
			tlplace_item(p, (int)i)->sides &= sides;
	for (guint i = 0; i < p->expect->len; i++) {
		Expect *e = &g_array_index(p->expect, Expect, i);
		if (e->key == key)
			e->sides &= sides;
	}
}

gboolean tlplace_stem_room(const TlPlace *p, TlPlaceSide side, double anchor, int key)
{
	double lo, hi;
	return tlplace_stem_range(p, side, anchor, key, -1, &lo, &hi);
}

static int cmp_span(const void *pa, const void *pb)
{
	const Span *a = pa, *b = pb;
	return a->a < b->a ? -1 : a->a > b->a;
}

/* The placed labels of one side (label `self` left out), in time order,
 * with the bounds their stems set on either side of each place: a label to
 * come finds its stem range by a binary search, not a scan of every label. */
typedef struct SideIndex {
	int n;
	double *anchor;        /* owned, n each, by (anchor, key) */
	int *key;
	double *lo_before;     /* n + 1: the largest pos + stem_sep of [0, i) */
	double *hi_from;       /* n + 1: the smallest pos - stem_sep of [i, n) */
	int *low, nlow;        /* owned: ids of its boxes near the axis, by id */
	int *by_left;          /* owned, n: ids by their boxes' left edges */
	double *lefts;         /* owned, n: those edges */
	double maxw;           /* the widest of its boxes */
} SideIndex;

/* The lowest distance at which a box [l, r] of height h on a stem at pos
 * keeps clear of the side's other labels (skipping `self`), at most `most`;
 * FALSE when there is none. */
static gboolean lowest_d(const TlPlace *p, const SideIndex *x, double l, double r,
                         double pos, double h, double most, gboolean relax, Span *spans,
                         double *out)
{
	double gap = p->r.gap, gx = p->r.gap_x, sg = p->r.stem_gap, lb = 0, ub = most;
	int ns = 0;
	/* Only boxes within reach of [l, r] can matter (a stem lies in its box,
	 * pos in [l, r]); their order does not change the answer. */
	double reach = MAX(sg, gx) + 1;
	int first = 0, last = x->n;
	while (first < last) {
		int mid = (first + last) / 2;
		if (x->lefts[mid] < l - reach - x->maxw)
			first = mid + 1;
		else
			last = mid;
	}
	for (int k = first; k < x->n && x->lefts[k] < r + reach; k++) {
		const TlPlaceSpot *s = &tlplace_item(p, x->by_left[k])->spot;
		if (s->left + s->w <= l - reach)
			continue;
		double jl = s->left, jr = s->left + s->w;
		/* Its stem under this box: the box goes beyond its label. */
		if (s->pos > l - sg && s->pos < r + sg)
			lb = MAX(lb, s->d + s->h + gap);
		/* This stem under its box: this box stays nearer the axis (or,
		 * relaxed, that box will be pushed out beyond it). */
		if (pos > jl - sg && pos < jr + sg) {
			if (!relax)
				ub = MIN(ub, s->d - gap - h);
			else if (s->pos > l - sg && s->pos < r + sg)
				return FALSE;   /* each over the other's stem: no pushing ends that */
		}
		else if (l < jr + gx && jl < r + gx)
			spans[ns++] = (Span){s->d - gap - h, s->d + s->h + gap};
	}
	if (lb > ub + TLPLACE_EPS)
		return FALSE;
	qsort(spans, (size_t)ns, sizeof *spans, cmp_span);
	double d = lb;
	/* By their starts: once one starts at or above d, so do the rest. */
	for (int k = 0; k < ns && spans[k].a < d - TLPLACE_EPS; k++)
		d = MAX(d, spans[k].b);
	if (d > ub + TLPLACE_EPS)
		return FALSE;
	*out = d;
	return TRUE;
}

enum { MAX_GAPS = 12 };   /* free stretches kept per side of a label to come */

/* A label still to come near the one being placed, and where on each side
 * its stem could still go: between its neighbours' stems, and not under a
 * box too near the axis for a label to fit beneath. */
typedef struct Near {
	double anchor;
	int key;
	gboolean order[TLPLACE_SIDES];             /* room between its neighbours' stems */
	double lo[TLPLACE_SIDES], hi[TLPLACE_SIDES];   /* ... this stretch */
	int ngaps[TLPLACE_SIDES];                  /* ... of it free of low boxes */
	double gap_lo[TLPLACE_SIDES][MAX_GAPS];
	double gap_hi[TLPLACE_SIDES][MAX_GAPS];
} Near;

/* One search for a label's spot. */
typedef struct Search {
	const TlPlace *p;
	const Item *it;
	SideIndex side[TLPLACE_SIDES];
	int self;              /* its id, -1 when not yet put */
	Span *spans;           /* scratch for lowest_d */
	Near *near;            /* labels still to come within reach */
	int nnear;
	double min_h;          /* the lowest box a label to come is taken to have */
	int want;              /* keep this many cheapest distinct spots */
	gboolean relax;        /* boxes over its stem may be pushed out */
	TlPlaceSpot top[TLPLACE_BEAM_K];   /* by cost */
	int ntop;
} Search;

/* Whether some of [lo, hi] lies outside the cut (a, b) and inside one of
 * the stretches. */
static gboolean any_room(const double *glo, const double *ghi, int n, double lo, double hi,
                         double a, double b)
{
	for (int k = 0; k < n; k++) {
		double x0 = MAX(glo[k], lo), x1 = MIN(ghi[k], hi);
		if (x0 > x1 + TLPLACE_EPS)
			continue;
		if (x0 <= MIN(x1, a) + TLPLACE_EPS || MAX(x0, b) <= x1 + TLPLACE_EPS)
			return TRUE;
	}
	return FALSE;
}

/* What a spot does to the labels still to come: how many lose the last
 * side with room for their stems between their neighbours' (they are lost
 * for good), and how many only the last stretch free of low boxes (pushing
 * those boxes out may still save them). */
static void stranded(const Search *S, const TlPlaceSpot *s, int *lost, int *hemmed)
{
	const TlPlace *p = S->p;
	TlPlaceSide side = s->side;
	gboolean blocks = s->d < S->min_h + p->r.gap;
	double a = blocks ? s->left - p->r.stem_gap : G_MAXDOUBLE;
	double b = blocks ? s->left + s->w + p->r.stem_gap : -G_MAXDOUBLE;
	*lost = *hemmed = 0;
	for (int k = 0; k < S->nnear; k++) {
		const Near *e = &S->near[k];
		double lo = -G_MAXDOUBLE, hi = G_MAXDOUBLE;
		if (before(e->anchor, e->key, S->it->anchor, S->it->key))
			hi = s->pos - p->r.stem_sep;
		else
			lo = s->pos + p->r.stem_sep;
		if (e->order[side] && !e->order[!side] &&
		    MAX(lo, e->lo[side]) > MIN(hi, e->hi[side]) + TLPLACE_EPS)
			(*lost)++;
		else if (e->ngaps[side] > 0 && e->ngaps[!side] == 0 &&
		         !any_room(e->gap_lo[side], e->gap_hi[side], e->ngaps[side], lo, hi, a, b))
			(*hemmed)++;
	}
}

/* The cost of the label at a spot, as things stand (it not placed), and
 * whether the spot keeps the limit. */
static gboolean spot_cost(const Search *S, TlPlaceSpot *s)
{
	const TlPlace *p = S->p;
	const Item *it = S->it;
	TlPlaceSide side = s->side;
	gboolean elbow = is_elbow(s->pos, it->anchor);
	double band = elbow || p->elbows[side] > 0 ? p->r.elbow_band[side] : p->r.band[side];
	double old_h = tlplace_side_height(p, side);
	double new_h = band + MAX(p->count[side] > 0 ? p->ext[side] : 0, s->d + s->h);
	double grow = new_h - old_h;
	if (p->r.limit < G_MAXDOUBLE && tlplace_height(p) + grow + it->extra > p->r.limit + TLPLACE_EPS)
		return FALSE;
	gboolean centred = fabs(s->left + s->w / 2 - s->pos) < TLPLACE_EPS &&
	                   fabs(s->left - s->pos) > TLPLACE_EPS;
	gboolean blocks = s->d < S->min_h + p->r.gap;
	int lost, hemmed;
	stranded(S, s, &lost, &hemmed);
	s->cost = W_GROW * grow + s->d + s->h + shift_cost(p, fabs(s->pos - it->anchor)) +
	          it->boxes[s->box].penalty +
	          (side == TLPLACE_BELOW ? BELOW_COST : 0) + (centred ? CENTRE_COST : 0) +
	          (blocks ? BLOCK_COST : COVER_COST) *
	          covered(p, s->left - p->r.stem_gap, s->left + s->w + p->r.stem_gap, it->key) +
	          STRAND_COST * lost + HEM_COST * hemmed;
	s->strands = lost;
	/* A stem shifted past anchors still to come leaves their stems less room. */
	if (elbow)
		s->cost += COVER_COST * covered(p, MIN(s->pos, it->anchor) + TLPLACE_EPS,
		                                MAX(s->pos, it->anchor) - TLPLACE_EPS, it->key);
	return TRUE;
}

/* The room a side has for a label's outer edge under the limit. */
static double side_room(const TlPlace *p, const Item *it, TlPlaceSide side, gboolean elbow)
{
	if (p->r.limit >= G_MAXDOUBLE)
		return G_MAXDOUBLE;
	double band = elbow || p->elbows[side] > 0 ? p->r.elbow_band[side] : p->r.band[side];
	return p->r.limit - (tlplace_height(p) - tlplace_side_height(p, side)) - it->extra - band;
}

/* Two spots that differ too little to be worth trying both. */
static gboolean alike(const TlPlaceSpot *a, const TlPlaceSpot *b)
{
	return a->side == b->side && a->box == b->box && fabs(a->pos - b->pos) < 3 &&
	       fabs(a->d - b->d) < 1 && fabs(a->left - b->left) < 3;
}

/* Keeps s among the S->want cheapest distinct spots found. */
static void keep(Search *S, const TlPlaceSpot *s)
{
	for (int k = 0; k < S->ntop; k++)
		if (alike(&S->top[k], s)) {
			if (s->cost < S->top[k].cost - TLPLACE_EPS) {
				/* Take the cheaper twin out; it goes back in its place. */
				memmove(&S->top[k], &S->top[k + 1], sizeof *s * (size_t)(S->ntop - k - 1));
				S->ntop--;
				break;
			}
			return;
		}
	int at = S->ntop;
	while (at > 0 && s->cost < S->top[at - 1].cost - TLPLACE_EPS)
		at--;
	if (at >= S->want)
		return;
	int n = MIN(S->ntop, S->want - 1);
	memmove(&S->top[at + 1], &S->top[at], sizeof *s * (size_t)(n - at));
	S->top[at] = *s;
	S->ntop = n + 1;
}

/* Tries the box on a stem at pos with an alignment; keeps it when it is
 * among the cheapest yet. */
static void try_spot(Search *S, TlPlaceSide side, int box, double pos, Align align)
{
	const TlPlace *p = S->p;
	const Item *it = S->it;
	double w = it->boxes[box].w, h = it->boxes[box].h;
	double l = align == ALIGN_LEFT ? pos : align == ALIGN_RIGHT ? pos - w : pos - w / 2;
	if (l < p->r.lo - TLPLACE_EPS || l + w > p->r.hi + TLPLACE_EPS)
		return;
	double most = side_room(p, it, side, is_elbow(pos, it->anchor)) - h;
	double d;
	if (most < -TLPLACE_EPS ||
	    !lowest_d(p, &S->side[side], l, l + w, pos, h, most, S->relax, S->spans, &d))
		return;
	TlPlaceSpot s = {.side = side, .box = box, .pos = pos, .left = l, .d = d, .w = w, .h = h};
	if (!spot_cost(S, &s))
		return;
	keep(S, &s);
}

/* The stem positions worth trying for a box of width w in [lo, hi]: the
 * anchor, steps of a quarter of max_shift, the ends of the range, and
 * positions flush with the neighbours' boxes and stems. */
static int stem_candidates(const TlPlace *p, const Item *it, int self, TlPlaceSide side,
                           double w, double lo, double hi, double *pos, Align *align)
{
	int n = 0;
	double a = it->anchor, step = p->r.max_shift / 4, gap = p->r.gap_x, sg = p->r.stem_gap;
	const double offsets[] = {0, -1, 1, -2, 2, -3, 3, -4, 4};
	for (int al = ALIGN_LEFT; al <= ALIGN_CENTRE; al++) {
		for (gsize k = 0; k < G_N_ELEMENTS(offsets); k++) {
			pos[n] = CLAMP(a + offsets[k] * step, lo, hi);
			align[n++] = (Align)al;
		}
		pos[n] = lo, align[n++] = (Align)al;
		pos[n] = hi, align[n++] = (Align)al;
	}
	pos[n] = p->r.hi - w, align[n++] = ALIGN_LEFT;
	pos[n] = p->r.lo + w, align[n++] = ALIGN_RIGHT;
	double near0 = lo - w - gap, near1 = hi + w + gap;
	for (guint i = 0; i < p->items->len; i++) {
		const Item *o = tlplace_item(p, (int)i);
		if (!o->placed || o->spot.side != side || (int)i == self)
			continue;
		double jl = o->spot.left, jr = jl + o->spot.w, sp = o->spot.pos;
		if (jr < near0 || jl > near1)
			continue;
		pos[n] = jr + gap + TLPLACE_EPS, align[n++] = ALIGN_LEFT;
		pos[n] = jl - gap - w - TLPLACE_EPS, align[n++] = ALIGN_LEFT;
		pos[n] = jl - gap - TLPLACE_EPS, align[n++] = ALIGN_RIGHT;
		pos[n] = jr + gap + w + TLPLACE_EPS, align[n++] = ALIGN_RIGHT;
		pos[n] = sp - sg - w - TLPLACE_EPS, align[n++] = ALIGN_LEFT;
		pos[n] = sp + sg + w + TLPLACE_EPS, align[n++] = ALIGN_RIGHT;
	}
	return n;
}

static int cmp_by_time(const void *pa, const void *pb, void *items)
{
	const Item *a = &g_array_index((GArray *)items, Item, *(const int *)pa);
	const Item *b = &g_array_index((GArray *)items, Item, *(const int *)pb);
	if (before(a->anchor, a->key, b->anchor, b->key))
		return -1;
	if (before(b->anchor, b->key, a->anchor, a->key))
		return 1;
	return *(const int *)pa - *(const int *)pb;
}

static int cmp_by_left(const void *pa, const void *pb, void *items)
{
	const Item *a = &g_array_index((GArray *)items, Item, *(const int *)pa);
	const Item *b = &g_array_index((GArray *)items, Item, *(const int *)pb);
	if (a->spot.left != b->spot.left)
		return a->spot.left < b->spot.left ? -1 : 1;
	return *(const int *)pa - *(const int *)pb;
}

/* Indexes the labels placed on side, as tlplace_stem_range and near_room
 * would scan them. */
static void index_side(Search *S, TlPlaceSide side)
{
	const TlPlace *p = S->p;
	SideIndex *x = &S->side[side];
	int *ids = g_new(int, p->items->len + 1);
	x->low = g_new(int, p->items->len + 1);
	x->n = x->nlow = 0;
	for (guint j = 0; j < p->items->len; j++) {
		const Item *o = tlplace_item(p, (int)j);
		if (!o->placed || o->spot.side != side || (int)j == S->self)
			continue;
		ids[x->n++] = (int)j;
		if (o->spot.d < S->min_h + p->r.gap)
			x->low[x->nlow++] = (int)j;
	}
	x->by_left = g_new(int, x->n + 1);
	x->lefts = g_new(double, x->n + 1);
	memcpy(x->by_left, ids, sizeof *ids * (size_t)x->n);
	g_qsort_with_data(x->by_left, x->n, sizeof *ids, cmp_by_left, p->items);
	x->maxw = 0;
	for (int i = 0; i < x->n; i++) {
		const TlPlaceSpot *sp = &tlplace_item(p, x->by_left[i])->spot;
		x->lefts[i] = sp->left;
		x->maxw = MAX(x->maxw, sp->w);
	}
	g_qsort_with_data(ids, x->n, sizeof *ids, cmp_by_time, p->items);
	x->anchor = g_new(double, x->n + 1);
	x->key = g_new(int, x->n + 1);
	x->lo_before = g_new(double, x->n + 1);
	x->hi_from = g_new(double, x->n + 1);
	x->lo_before[0] = -G_MAXDOUBLE;
	for (int i = 0; i < x->n; i++) {
		const Item *o = tlplace_item(p, ids[i]);
		x->anchor[i] = o->anchor, x->key[i] = o->key;
		x->lo_before[i + 1] = MAX(x->lo_before[i], o->spot.pos + p->r.stem_sep);
	}
	x->hi_from[x->n] = G_MAXDOUBLE;
	for (int i = x->n - 1; i >= 0; i--)
		x->hi_from[i] = MIN(x->hi_from[i + 1],
		                    tlplace_item(p, ids[i])->spot.pos - p->r.stem_sep);
	g_free(ids);
}

static void index_clear(SideIndex *x)
{
	g_free(x->by_left);
	g_free(x->lefts);
	g_free(x->anchor);
	g_free(x->key);
	g_free(x->lo_before);
	g_free(x->hi_from);
	g_free(x->low);
}

/* tlplace_stem_range for a label to come, from the index: the labels
 * before it in time order are a prefix of the index. */
static gboolean indexed_stem_range(const Search *S, TlPlaceSide side, double anchor, int key,
                                   double *lo, double *hi)
{
	const SideIndex *x = &S->side[side];
	int a = 0, b = x->n;
	while (a < b) {
		int mid = (a + b) / 2;
		if (before(x->anchor[mid], x->key[mid], anchor, key))
			a = mid + 1;
		else
			b = mid;
	}
	stem_bounds(S->p, anchor, lo, hi);
	*lo = MAX(*lo, x->lo_before[a]);
	*hi = MIN(*hi, x->hi_from[a]);
	return *lo <= *hi + TLPLACE_EPS;
}

/* Where on side the stem of label e to come could go now: its stem range
 * less the stretches under boxes too near the axis for it to pass. */
static void near_room(const Search *S, Near *n, const Expect *e, TlPlaceSide side)
{
	const TlPlace *p = S->p;
	double lo, hi;
	n->ngaps[side] = 0;
	n->order[side] = FALSE;
	if (!(e->sides & (1u << side)) || !indexed_stem_range(S, side, e->anchor, e->key, &lo, &hi))
		return;
	n->order[side] = TRUE;
	n->lo[side] = lo, n->hi[side] = hi;
	double *glo = n->gap_lo[side], *ghi = n->gap_hi[side];
	int ng = 1;
	glo[0] = lo, ghi[0] = hi;
	const SideIndex *x = &S->side[side];
	for (int m = 0; m < x->nlow && ng > 0; m++) {
		const Item *o = tlplace_item(p, x->low[m]);
		double a = o->spot.left - p->r.stem_gap, b = o->spot.left + o->spot.w + p->r.stem_gap;
		if (a > hi || b < lo)
			continue;   /* the cut leaves every stretch as it is */
		/* Cut (a, b) out of every stretch; too many pieces: keep it as is. */
		int out = 0;
		double nlo[2 * MAX_GAPS], nhi[2 * MAX_GAPS];
		for (int k = 0; k < ng; k++) {
			if (glo[k] < a)
				nlo[out] = glo[k], nhi[out++] = MIN(ghi[k], a);
			if (ghi[k] > b)
				nlo[out] = MAX(glo[k], b), nhi[out++] = ghi[k];
		}
		if (out > MAX_GAPS)
			continue;
		ng = out;
		memcpy(glo, nlo, sizeof(double) * (size_t)ng);
		memcpy(ghi, nhi, sizeof(double) * (size_t)ng);
	}
	n->ngaps[side] = ng;
}

/* Where each label to come sits in the sorted expect array, so marking one
 * as come is a lookup; none when a key is there twice (then a scan). */
static void index_expected(TlPlace *p)
{
	g_clear_pointer(&p->expect_at, g_hash_table_destroy);
	GHashTable *at = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (guint i = 0; i < p->expect->len; i++) {
		gpointer key = GINT_TO_POINTER(g_array_index(p->expect, Expect, i).key);
		if (!g_hash_table_insert(at, key, GUINT_TO_POINTER(i + 1))) {
			g_hash_table_destroy(at);
			return;
		}
	}
	p->expect_at = at;
}

/* Starts a search for it (as label `self`): the labels still to come
 * within reach and their stem room now. Free with search_clear. */
static void search_init(Search *S, const TlPlace *p, const Item *it, int self)
{
	*S = (Search){.p = p, .it = it, .self = self, .want = 1};
	if (!p->expect_sorted) {
		g_array_sort(p->expect, cmp_expect);
		((TlPlace *)p)->expect_sorted = TRUE;
		index_expected((TlPlace *)p);
	}
	S->spans = g_new(Span, (gsize)(p->count[0] + p->count[1]) + 1);
	S->near = g_new(Near, (gsize)p->expect->len + 1);
	double reach = 2 * p->r.max_shift + p->r.stem_sep;
	S->min_h = G_MAXDOUBLE;
	for (int b = 0; b < it->nboxes; b++)
		S->min_h = MIN(S->min_h, it->boxes[b].h);
	for (int side = 0; side < TLPLACE_SIDES; side++)
		index_side(S, (TlPlaceSide)side);
	for (guint i = 0; i < p->expect->len; i++) {
		const Expect *e = &g_array_index(p->expect, Expect, i);
		if (e->done || e->key == it->key || fabs(e->anchor - it->anchor) > reach)
			continue;
		Near *n = &S->near[S->nnear++];
		n->anchor = e->anchor, n->key = e->key;
		for (int side = 0; side < TLPLACE_SIDES; side++)
			near_room(S, n, e, (TlPlaceSide)side);
	}
}

static void search_clear(Search *S)
{
	g_free(S->spans);
	g_free(S->near);
	for (int side = 0; side < TLPLACE_SIDES; side++)
		index_clear(&S->side[side]);
}

/* The `want` cheapest distinct spots for it (as label `self`, -1 when not
 * yet put), cheapest first, in out[]; returns how many. */
int tlplace_search(const TlPlace *p, const Item *it, int self, int want, gboolean relax,
                     TlPlaceSpot *out)
{
	Search S;
	search_init(&S, p, it, self);
	S.want = CLAMP(want, 1, TLPLACE_BEAM_K);
	S.relax = relax;
	int nplaced = p->count[0] + p->count[1];
	gsize cap = 40 + 6 * (gsize)nplaced;
	double *pos = g_new(double, cap);
	Align *align = g_new(Align, cap);
	for (int side = TLPLACE_ABOVE; side < TLPLACE_SIDES; side++) {
		double lo, hi;
		if (!(it->sides & (1u << side)) ||
		    !indexed_stem_range(&S, (TlPlaceSide)side, it->anchor, it->key, &lo, &hi))
			continue;
		for (int b = 0; b < it->nboxes; b++) {
			int n = stem_candidates(p, it, self, (TlPlaceSide)side, it->boxes[b].w, lo, hi,
			                        pos, align);
			for (int c = 0; c < n; c++)
				if (pos[c] >= lo - TLPLACE_EPS && pos[c] <= hi + TLPLACE_EPS)
					try_spot(&S, (TlPlaceSide)side, b, CLAMP(pos[c], lo, hi), align[c]);
		}
	}
	g_free(pos);
	g_free(align);
	memcpy(out, S.top, sizeof *out * (size_t)S.ntop);
	search_clear(&S);
	return S.ntop;
}

/* The best spot for it (as label `self`, -1 when not yet put). */
gboolean tlplace_best(const TlPlace *p, const Item *it, int self, TlPlaceSpot *out)
{
	return tlplace_search(p, it, self, 1, FALSE, out) > 0;
}

/* The cost of it at its own spot as things stand (it taken out). */
gboolean tlplace_cost_now(const TlPlace *p, const Item *it, int self, TlPlaceSpot *s)
{
	Search S;
	search_init(&S, p, it, self);
	gboolean ok = spot_cost(&S, s);
	search_clear(&S);
	return ok;
}

gboolean tlplace_find(const TlPlace *p, const TlPlaceLabel *label, TlPlaceSpot *out)
{
	Item it = {.anchor = label->anchor, .key = label->key, .boxes = (TlPlaceBox *)label->boxes,
	           .nboxes = label->nboxes, .sides = label->sides, .extra = label->extra};
	return tlplace_best(p, &it, -1, out);
}

/* Marks the label of that key as come (or not) for the cover cost. */
void tlplace_set_expected(TlPlace *p, int key, gboolean done)
{
	if (p->expect_at) {
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(p->expect_at, GINT_TO_POINTER(key)));
		if (at > 0)
			g_array_index(p->expect, Expect, at - 1).done = done;
		return;
	}
	for (guint i = 0; i < p->expect->len; i++) {
		Expect *e = &g_array_index(p->expect, Expect, i);
		if (e->key == key)
			e->done = done;
	}
}

void tlplace_recount(TlPlace *p)
{
	for (int s = 0; s < TLPLACE_SIDES; s++)
		p->count[s] = p->elbows[s] = 0, p->ext[s] = 0;
	for (guint i = 0; i < p->items->len; i++) {
		const Item *it = tlplace_item(p, (int)i);
		if (!it->placed)
			continue;
		TlPlaceSide s = it->spot.side;
		p->count[s]++;
		p->elbows[s] += is_elbow(it->spot.pos, it->anchor);
		p->ext[s] = MAX(p->ext[s], it->spot.d + it->spot.h);
	}
}

/* Places item id at spot. */
void tlplace_place_at(TlPlace *p, int id, const TlPlaceSpot *spot)
{
	Item *it = tlplace_item(p, id);
	it->spot = *spot;
	it->placed = TRUE;
	p->extra += it->extra;
	tlplace_recount(p);
}

int tlplace_put(TlPlace *p, const TlPlaceLabel *label, const TlPlaceSpot *spot)
{
	Item it = {.anchor = label->anchor, .key = label->key,
	           .boxes = g_memdup2(label->boxes, sizeof(TlPlaceBox) * (gsize)label->nboxes),
	           .nboxes = label->nboxes, .sides = label->sides, .extra = label->extra};
	g_array_append_val(p->items, it);
	int id = (int)p->items->len - 1;
	tlplace_set_expected(p, label->key, TRUE);
	tlplace_place_at(p, id, spot);
	return id;
}

const TlPlaceSpot *tlplace_spot(const TlPlace *p, int id)
{
	const Item *it = tlplace_item(p, id);
	return it->placed ? &it->spot : NULL;
}

void tlplace_take(TlPlace *p, int id)
{
	Item *it = tlplace_item(p, id);
	if (!it->placed)
		return;
	it->placed = FALSE;
	p->extra -= it->extra;
	tlplace_recount(p);
}

void tlplace_restore(TlPlace *p, int id, const TlPlaceSpot *spot)
{
	tlplace_place_at(p, id, spot);
	tlplace_set_expected(p, tlplace_item(p, id)->key, TRUE);
}
