/* tlcolumn: the vertical timeline; see tlcolumn.h.
 * The labels are ranked and measured only while the column has room, then
 * spread along the axis (PAVA) as near their days as they can be. */
#include "tlcolumn.h"
#include "diag.h"
#include "page.h"
#include "place.h"
#include "tlaxis.h"
#include "tlmarks.h"
#include "tlspans.h"

#include <math.h>
#include <string.h>

static const double GUTTER = 22;      /* axis to label column */
static const double MIN_AXIS = 320;   /* shortest axis */
static const double MIN_COLUMN = 48;  /* narrowest label column */
static const double GAP = 4;          /* between labels in the column */

/* Where the axis and the column lie. */
typedef struct Column {
	double top;           /* of the chart, under the heading */
	double lanes_w;       /* span lanes left of the axis */
	double axis_top, axis_len;
	double axis_x, col_x;
} Column;

/* How wide the column will be, from the tick columns of a provisional
 * axis; -1 with *err set for a bad --break. */
static double provisional_width(TlLayout *L, const Column *c, const TextStyle *tick,
                                GError **err)
{
	if (!tllayout_build_scale(L, c->top, c->top + MIN_AXIS, tick, err))
		return -1;
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, c->top, c->top + MIN_AXIS, L->opts->lang, L->tm);
	double tiers = axis.total;
	tlaxis_clear(&axis);
	tlscale_clear(&L->scale);
	return MAX(60, L->hi - (L->lo + tiers + 20 + c->lanes_w + GUTTER));
}

/* All labelled things, marker blocks and spans with a lane, by rank; a
 * span without a lane counts as hidden. Caller frees the array. */
static GPtrArray *ranked(TlLayout *L)
{
	GPtrArray *all = g_ptr_array_new();
	for (guint i = 0; i < L->blocks->len; i++)
		g_ptr_array_add(all, &g_array_index(L->blocks, TlBlock, i));
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->row >= 0)
			g_ptr_array_add(all, b);
		else
			L->hidden++;
	}
	g_ptr_array_sort(all, tlblock_cmp_rank);
	return all;
}

/* Labels the best of all while the column has room for them, then numbers
 * their sources and measures them again with the note numbers. Returns
 * the length they need. */
static double choose_labels(TlLayout *L, GPtrArray *all, double col_w, double max_axis)
{
	double need = 0;
	/* Measuring stops after a bounded number of refusals, so 100 000
	 * events measure a few hundred labels at most. */
	int tries = (int)(max_axis / 6);
	for (guint i = 0; i < all->len; i++) {
		TlBlock *b = g_ptr_array_index(all, i);
		if (need < max_axis && tries-- > 0) {
			tlblock_measure(b, L, col_w, TLBLOCK_MAX_EVENTS);
			if (need + b->h + GAP <= max_axis) {
				b->state = TLBLOCK_LABEL;
				need += b->h + GAP;
				L->hidden += b->n - b->shown;
				continue;
			}
		}
		L->hidden += b->n;
	}
	for (guint i = 0; i < all->len; i++) {
		TlBlock *b = g_ptr_array_index(all, i);
		b->chosen = b->state == TLBLOCK_LABEL;
	}
	tllayout_number_notes(L);
	if (L->notes->len == 0)
		return need;
	need = 0;
	for (guint i = 0; i < all->len; i++) {
		TlBlock *b = g_ptr_array_index(all, i);
		if (b->chosen) {
			tlblock_measure(b, L, col_w, TLBLOCK_MAX_EVENTS);
			need += b->h + GAP;
		}
	}
	return need;
}

/* The column starts after the gutter, whatever the ticks took; labels
 * wider than what is left are wrapped again to fit it. Returns the length
 * they need, or -1 with *err set when the column would be too narrow. */
static double fit_column(TlLayout *L, GPtrArray *all, const Column *c, GError **err)
{
	double avail = L->hi - c->col_x, need = 0;
	if (avail < MIN_COLUMN) {
		diag_fail(err, DIAG_USAGE, "--size: the page is too narrow for a vertical "
		          "timeline; the labels need about %.0fpt more width", MIN_COLUMN - avail);
		return -1;
	}
	for (guint i = 0; i < all->len; i++) {
		TlBlock *b = g_ptr_array_index(all, i);
		if (b->state != TLBLOCK_LABEL)
			continue;
		if (b->w > avail + 1e-6)
			tlblock_measure(b, L, avail, TLBLOCK_MAX_EVENTS);
		need += b->h + GAP;
	}
	return need;
}

static gint cmp_time(gconstpointer pa, gconstpointer pb)
{
	const TlBlock *a = *(TlBlock *const *)pa, *b = *(TlBlock *const *)pb;
	if (a->t != b->t)
		return a->t < b->t ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* A label's first line is centred on its leader. */
static double first_line_h(const TlBlock *b)
{
	return g_array_index(b->lines, TlBlockLine, 0).sz.h;
}

/* The label at ytop and its leader from the axis: straight when level
 * with its marker, else with two elbows. */
static void draw_entry(TlLayout *L, const TlBlock *b, double ytop, const Column *c)
{
	Color stem = color_rgb(PAGE_STEM);
	tlblock_draw(b, L->scene, c->col_x, ytop, TEXT_LEFT);
	double yt = ytop + first_line_h(b) / 2;
	double foot = c->axis_x + tlmarks_reach(b);
	SceneItem *it;
	if (fabs(yt - b->anchor) < 0.05) {
		it = scene_line(L->scene, "stem", foot, b->anchor, c->col_x - 1.5, yt, 0.5, stem);
	} else {
		ScenePoint p[4] = {{foot, b->anchor}, {MAX(foot + 0.5, c->axis_x + 7), b->anchor},
		                   {c->col_x - 6, yt}, {c->col_x - 1.5, yt}};
		it = scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
	}
	it->row = tllayout_event(L, b->first)->line;
}

/* The labels in time order, spread along the axis; the column may run
 * past the axis end when the labels need it (the page grows with it, so
 * the spreading always succeeds). Returns the bottom of the column. */
static double draw_column(TlLayout *L, GPtrArray *all, const Column *c, double need)
{
	GPtrArray *shown = g_ptr_array_new();
	for (guint i = 0; i < all->len; i++) {
		TlBlock *b = g_ptr_array_index(all, i);
		if (b->state == TLBLOCK_LABEL)
			g_ptr_array_add(shown, b);
	}
	g_ptr_array_sort(shown, cmp_time);
	int m = (int)shown->len;
	double *want = g_new(double, MAX(m, 1)), *size = g_new(double, MAX(m, 1));
	double *got = g_new(double, MAX(m, 1));
	for (int i = 0; i < m; i++) {
		TlBlock *b = g_ptr_array_index(shown, i);
		if (b->span)
			b->anchor = tlscale_pos(&L->scale, b->t0);
		want[i] = b->anchor - first_line_h(b) / 2 + b->h / 2;
		size[i] = b->h;
	}
	double lo = c->axis_top - 6, hi = MAX(c->axis_top + c->axis_len + 6, lo + need + 1);
	if (!place_spread(want, size, m, GAP, lo, hi, got))
		memcpy(got, want, sizeof(double) * (size_t)m);
	double bottom = c->axis_top + c->axis_len;
	for (int i = 0; i < m; i++) {
		TlBlock *b = g_ptr_array_index(shown, i);
		double ytop = got[i] - b->h / 2;
		draw_entry(L, b, ytop, c);
		bottom = MAX(bottom, ytop + b->h);
	}
	g_free(want);
	g_free(size);
	g_free(got);
	g_ptr_array_free(shown, TRUE);
	return bottom;
}

/* With the scale built: the axis measured, the column fitted and drawn,
 * then spans, markers and the axis. Returns the bottom or -1. */
static double draw_all(TlLayout *L, GPtrArray *all, Column *c, GError **err)
{
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, c->top, c->axis_top + c->axis_len + 8, L->opts->lang,
	               L->tm);
	tlmarks_place(L);
	c->axis_x = L->lo + axis.total + 4 + c->lanes_w + 3;
	c->col_x = c->axis_x + GUTTER;
	double need = fit_column(L, all, c, err), bottom = -1;
	if (need >= 0) {
		bottom = draw_column(L, all, c, need) + 10;
		/* The axis first: marks are drawn over it, never under it. */
		tlaxis_draw(&axis, L->scene, c->axis_x, c->axis_x - c->lanes_w);
		tlspans_draw_column(L, c->axis_x);
		tlmarks_draw(L, c->axis_x);
	}
	tlaxis_clear(&axis);
	return bottom;
}

double tlcolumn_layout(TlLayout *L, double top, double max_axis, GError **err)
{
	TextStyle tick = page_style(6.5, FALSE, FALSE, 0, TEXT_RIGHT);
	Column c = {.top = top, .lanes_w = tlspans_assign_lanes(L)};
	double col_w = provisional_width(L, &c, &tick, err);
	if (col_w < 0)
		return -1;
	GPtrArray *all = ranked(L);
	double need = choose_labels(L, all, col_w, max_axis);
	c.axis_len = CLAMP(need * 1.1, MIN(MIN_AXIS, max_axis), MAX(max_axis, need));
	c.axis_top = top + 8;
	double bottom = -1;
	if (tllayout_build_scale(L, c.axis_top, c.axis_top + c.axis_len, &tick, err))
		bottom = draw_all(L, all, &c, err);
	g_ptr_array_free(all, TRUE);
	return bottom;
}
