/* tllanes: span lanes filled by priority; see tllanes.h. Each lane keeps
 * its intervals, so spans may arrive in any order (O(lanes * spans) a try). */
#include "tllanes.h"
#include "page.h"
#include "tlspans.h"

#include <math.h>

static const double LANE_GAP = 4;   /* between two bars or labels in a lane */

/* One set of lanes: near the axis, or far beyond the labels below. */
typedef struct LaneSet {
	int used;
	GArray *taken[TLLANES_MAX];   /* of double pairs [a, b] */
	double label_h[TLLANES_MAX];
} LaneSet;

struct TlLanes {
	LaneSet set[2];   /* [far] */
};

TlLanes *tllanes_new(void)
{
	TlLanes *l = g_new0(TlLanes, 1);
	for (int f = 0; f < 2; f++)
		for (int i = 0; i < TLLANES_MAX; i++)
			l->set[f].taken[i] = g_array_new(FALSE, FALSE, sizeof(double));
	return l;
}

void tllanes_free(TlLanes *l)
{
	if (!l)
		return;
	for (int f = 0; f < 2; f++)
		for (int i = 0; i < TLLANES_MAX; i++)
			g_array_free(l->set[f].taken[i], TRUE);
	g_free(l);
}

/* Measures span b's label; gives where its bar runs, x0 to x1. */
static void measure(TlLayout *L, TlBlock *b, double *x0, double *x1)
{
	double z0, z1;
	tlspans_ends(L, tllayout_event(L, b->first), x0, &z0, &z1, x1);
	tlspans_measure_label(L, b);
	b->shown = 1;
}

gboolean tllanes_clear_below(const GArray *extents, double x)
{
	int lo = 0, hi = (int)extents->len / 2 - 1;
	const double *e = (const double *)(const void *)extents->data;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (x < e[2 * mid] - 1.5)
			hi = mid - 1;
		else if (x > e[2 * mid + 1] + 1.5)
			lo = mid + 1;
		else
			return FALSE;
	}
	return TRUE;
}

static gboolean lane_free(const LaneSet *l, int lane, double a, double b)
{
	const GArray *t = l->taken[lane];
	for (guint i = 0; i + 1 < t->len; i += 2) {
		double ta = g_array_index(t, double, i), tb = g_array_index(t, double, i + 1);
		if (a < tb + LANE_GAP && ta < b + LANE_GAP)
			return FALSE;
	}
	return TRUE;
}

static int find_lane(const LaneSet *l, double a, double b, double h, double *grow)
{
	for (int lane = 0; lane < TLLANES_MAX; lane++) {
		if (lane < l->used && !lane_free(l, lane, a, b))
			continue;
		*grow = lane < l->used ? MAX(0, h - l->label_h[lane])
		                       : tlspans_lane_height(h);
		return lane;
	}
	return -1;
}

static void put_lane(LaneSet *l, int lane, double a, double b, double h)
{
	g_array_append_val(l->taken[lane], a);
	g_array_append_val(l->taken[lane], b);
	l->label_h[lane] = MAX(l->label_h[lane], h);
	l->used = MAX(l->used, lane + 1);
}

double tllanes_height(const TlLanes *l, gboolean far)
{
	const LaneSet *set = &l->set[far ? 1 : 0];
	double h = 0;
	for (int i = 0; i < set->used; i++)
		h += tlspans_lane_height(set->label_h[i]);
	return h;
}

/* Whether a stem placed below the axis passes through [a, b]: a near
 * lane's bar or label there would cross it. */
static gboolean stem_below_in(const TlLayout *L, const TlPlace *p, double a, double b)
{
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *k = &g_array_index(L->blocks, TlBlock, i);
		if (k->state != TLBLOCK_UNDRAWN && tlplace_spot(p, k->spot)->side == TLPLACE_BELOW &&
		    k->anchor >= a && k->anchor <= b)
			return TRUE;
	}
	return FALSE;
}

/* How many blocks whose stems could go below the axis (none placed there
 * yet) a span label over [a, b] would keep above it: they are blocked. */
static int blocks_below(const TlLayout *L, const GArray *extents, double a, double b)
{
	int n = 0;
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *k = &g_array_index(L->blocks, TlBlock, i);
		n += k->anchor >= a && k->anchor <= b && tllanes_clear_below(extents, k->anchor);
	}
	return n;
}

/* Where a span label of width w may start: where its bar starts, where
 * it ends, and flush beside each stem already going below near the bar,
 * each keeping at least a little of the bar under the label. Returns how
 * many, in left[] (room for 2 + 2 * blocks). */
static int span_lefts(const TlLayout *L, const TlPlace *p, double w, double x0, double x1,
                      double *left)
{
	double keep = MIN(10, (x1 - x0) / 2);
	int n = 0;
	left[n++] = x0;
	left[n++] = x1 - w;
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *k = &g_array_index(L->blocks, TlBlock, i);
		if (k->state == TLBLOCK_UNDRAWN || k->anchor < x0 - w - 3 || k->anchor > x1 + w + 3 ||
		    tlplace_spot(p, k->spot)->side != TLPLACE_BELOW)
			continue;
		left[n++] = k->anchor + 3;
		left[n++] = k->anchor - 3 - w;
	}
	int m = 0;
	for (int k = 0; k < n; k++) {
		double l = CLAMP(left[k], L->lo, L->hi - w);
		if (l <= x1 - keep + 1e-6 && l + w >= x0 + keep - 1e-6)
			left[m++] = l;
	}
	return m;
}

/* Wraps span b's label (stacked, its dates over it) at wrap, not narrower
 * than a few words; FALSE when that is too narrow or its dates stand on
 * its line. */
static gboolean span_narrower(TlLayout *L, TlBlock *b, double wrap)
{
	if (wrap < MAX(TLLANES_MIN_WRAP, tlblock_min_wrap(b, L)) ||
	    L->dates == TLLAYOUT_DATES_INLINE)
		return FALSE;
	tlblock_measure(b, L, wrap, 1);
	return TRUE;
}
/* The blocks over [a, b] keep their stems above the axis from now on. */
static void keep_above(const TlLayout *L, TlPlace *p, double a, double b)
{
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *k = &g_array_index(L->blocks, TlBlock, i);
		if (k->anchor >= a - 2 && k->anchor <= b + 2)
			tlplace_limit_sides(p, (int)i, 1u << TLPLACE_ABOVE);
	}
}

gboolean tllanes_place(TlLanes *lanes, TlLayout *L, TlPlace *p, GArray *extents, TlBlock *b,
                       double limit, double extra)
{
	double x0 = 0, x1 = 0, grow = 0, full = 0;
	double *lefts = g_new(double, 2 + 2 * (gsize)L->blocks->len);
	int lane = -1;
	measure(L, b, &x0, &x1);
	/* A stem already below the axis over the bar: the lanes beyond it. */
	b->far = stem_below_in(L, p, x0 - 2, x1 + 2);
	LaneSet *set = &lanes->set[b->far ? 1 : 0];
	/* As measured, else wrapped narrower to fit between the stems. */
	for (int v = 0; v < 3 && lane < 0; v++) {
		measure(L, b, &x0, &x1);
		full = v == 0 ? b->w : full;
		b->wrap = v == 0 ? 0 : full * (v == 1 ? 0.6 : 0.4);
		if (v > 0 && !span_narrower(L, b, b->wrap))
			break;
		int n = span_lefts(L, p, b->w, x0, x1, lefts), best = G_MAXINT;
		double nearest = G_MAXDOUBLE;
		for (int k = 0; k < n; k++) {
			double l = lefts[k] - 2, r = lefts[k] + b->w + 2, g;
			int blocked = b->far ? 0 : blocks_below(L, extents, l, r);
			if (blocked > best || (blocked == best && fabs(lefts[k] - x0) >= nearest) ||
			    (!b->far && stem_below_in(L, p, l, r)))
				continue;
			int at = find_lane(set, MIN(x0, lefts[k]), MAX(x1, lefts[k] + b->w), b->h, &g);
			if (at < 0)
				continue;
			lane = at, best = blocked, nearest = fabs(lefts[k] - x0), grow = g;
			b->left = lefts[k];
		}
	}
	g_free(lefts);
	if (lane < 0 || tlplace_height(p) + grow + extra > limit + 1e-6)
		return FALSE;
	tlplace_add_extra(p, grow + extra);
	put_lane(set, lane, MIN(x0, b->left), MAX(x1, b->left + b->w), b->h);
	b->row = lane;
	b->state = TLBLOCK_LABEL;
	if (!b->far) {
		tlspans_add_extents(L, extents);
		keep_above(L, p, MIN(x0, b->left), MAX(x1, b->left + b->w));
	}
	return TRUE;
}

void tllanes_remeasure(TlLayout *L, TlBlock *b)
{
	double x0, x1, narrowed = b->wrap;
	measure(L, b, &x0, &x1);
	b->wrap = narrowed;
	if (narrowed > 0)
		span_narrower(L, b, narrowed);
}

void tllanes_bars(TlLanes *lanes, TlLayout *L, TlPlace *p, double limit)
{
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->state == TLBLOCK_LABEL)
			continue;
		double x0, z0, z1, x1, grow;
		tlspans_ends(L, tllayout_event(L, b->first), &x0, &z0, &z1, &x1);
		b->far = stem_below_in(L, p, x0 - 2, x1 + 2);
		LaneSet *set = &lanes->set[b->far ? 1 : 0];
		b->row = find_lane(set, x0, x1, 0, &grow);
		if (b->row >= 0 && tlplace_height(p) + grow > limit + 1e-6)
			b->row = -1;
		if (b->row < 0)
			continue;
		tlplace_add_extra(p, grow);
		put_lane(set, b->row, x0, x1, 0);
	}
}
