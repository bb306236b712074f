/* tllanes: span lanes filled by priority; see tllanes.h. Each lane keeps
 * its intervals, so spans may arrive in any order (O(lanes * spans) a try). */
#include "tllanes.h"
#include "page.h"
#include "tlspans.h"

#include <math.h>

static const double LANE_GAP = 4;   /* between two bars or labels in a lane */

struct TlLanes {
	int used;
	GArray *taken[TLLANES_MAX];   /* of double pairs [a, b] */
	double label_h[TLLANES_MAX];
};

TlLanes *tllanes_new(void)
{
	TlLanes *l = g_new0(TlLanes, 1);
	for (int i = 0; i < TLLANES_MAX; i++)
		l->taken[i] = g_array_new(FALSE, FALSE, sizeof(double));
	return l;
}

void tllanes_free(TlLanes *l)
{
	if (!l)
		return;
	for (int i = 0; i < TLLANES_MAX; i++)
		g_array_free(l->taken[i], TRUE);
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

static gboolean lane_free(const TlLanes *l, int lane, double a, double b)
{
	const GArray *t = l->taken[lane];
	for (guint i = 0; i + 1 < t->len; i += 2) {
		double ta = g_array_index(t, double, i), tb = g_array_index(t, double, i + 1);
		if (a < tb + LANE_GAP && ta < b + LANE_GAP)
			return FALSE;
	}
	return TRUE;
}

static int find_lane(const TlLanes *l, double a, double b, double h, double *grow)
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

static void put_lane(TlLanes *l, int lane, double a, double b, double h)
{
	g_array_append_val(l->taken[lane], a);
	g_array_append_val(l->taken[lane], b);
	l->label_h[lane] = MAX(l->label_h[lane], h);
	l->used = MAX(l->used, lane + 1);
}

int tllanes_used(const TlLanes *l)
{
	return l->used;
}

const double *tllanes_label_heights(const TlLanes *l)
{
	return l->label_h;
}

/* Whether a stem placed below the axis passes through [a, b]: the span
 * lanes lie under the tick texts, so a span label there would cover it. */
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

/* Wraps span b's label at wrap (not narrower than a few words); FALSE
 * when that is too narrow. */
static gboolean span_narrower(TlLayout *L, TlBlock *b, double wrap)
{
	if (wrap < TLLANES_MIN_WRAP || !b->lines || b->lines->len != 1)
		return FALSE;
	TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, 0);
	ln->st.wrap = wrap;
	ln->sz = text_measure(L->tm, ln->text, &ln->st);
	b->w = ln->sz.w;
	b->h = ln->sz.h;
	return TRUE;
}

gboolean tllanes_place(TlLanes *lanes, TlLayout *L, TlPlace *p, GArray *extents, TlBlock *b,
                       double limit, double extra)
{
	double x0 = 0, x1 = 0, grow = 0, full = 0;
	double *lefts = g_new(double, 2 + 2 * (gsize)L->blocks->len);
	int lane = -1;
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
			int blocked = blocks_below(L, extents, l, r);
			if (blocked > best || (blocked == best && fabs(lefts[k] - x0) >= nearest) ||
			    stem_below_in(L, p, l, r))
				continue;
			int at = find_lane(lanes, MIN(x0, lefts[k]), MAX(x1, lefts[k] + b->w), b->h, &g);
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
	put_lane(lanes, lane, MIN(x0, b->left), MAX(x1, b->left + b->w), b->h);
	b->row = lane;
	b->state = TLBLOCK_LABEL;
	tlspans_add_extents(L, extents);
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *k = &g_array_index(L->blocks, TlBlock, i);
		if (k->anchor >= b->left - 2 && k->anchor <= b->left + b->w + 2)
			tlplace_limit_sides(p, (int)i, 1u << TLPLACE_ABOVE);
	}
	return TRUE;
}

void tllanes_remeasure(TlLayout *L, TlBlock *b)
{
	double x0, x1;
	measure(L, b, &x0, &x1);
	if (b->wrap > 0)
		span_narrower(L, b, b->wrap);
}

void tllanes_bars(TlLanes *lanes, TlLayout *L, TlPlace *p, double limit)
{
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->state == TLBLOCK_LABEL)
			continue;
		double x0, z0, z1, x1, grow;
		tlspans_ends(L, tllayout_event(L, b->first), &x0, &z0, &z1, &x1);
		b->row = find_lane(lanes, x0, x1, 0, &grow);
		if (b->row >= 0 && tlplace_height(p) + grow > limit + 1e-6)
			b->row = -1;
		if (b->row < 0)
			continue;
		tlplace_add_extra(p, grow);
		put_lane(lanes, b->row, x0, x1, 0);
	}
}
