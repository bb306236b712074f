/* tlcolumn: the vertical timeline; see tlcolumn.h.
 *
 * The axis is as long as its labels need (up to a cap), or fills a fixed
 * page. Labels are tried in rank order (tlrank): each joins the column if
 * the column can still hold every label it has in time order (so leaders
 * never cross), each with its first line within TLPLACE_MAX_SHIFT of its
 * marker along the axis; else it becomes a callout disc keyed under the
 * chart; else it is left out. A try costs O(labels in the column). Dense
 * timelines get the overview: one label per cluster of markers. */
#include "tlcolumn.h"
#include "diag.h"
#include "page.h"
#include "place.h"
#include "tlaxis.h"
#include "tlmarks.h"
#include "tlplace.h"
#include "tlrank.h"
#include "tlspans.h"

#include <math.h>
#include <string.h>

enum { FEW_BLOCK_EVENTS = 6,   /* events named under one marker when all do not fit */
       MAX_CALLOUTS = 20 };    /* a longer key is no longer read */

static const double GUTTER = 22;      /* axis to label column */
static const double MIN_AXIS = 60;    /* shortest axis */
static const double MIN_COLUMN = 48;  /* narrowest label column */
static const double GAP = 4;          /* between labels in the column */
static const double SLOT = 6;         /* a marker's share of the axis, for density */
static const double CLUSTER = 24;     /* overview: the stretch of axis one label counts */

/* Where the axis and the column lie, and the labels in it. */
typedef struct Column {
	TlLayout *L;
	double top;           /* of the chart, under the heading */
	double lanes_w;       /* span lanes left of the axis */
	double axis_top, axis_len;
	double axis_x, col_x, col_w;
	double bend;          /* where leaders leave the axis side: past every bracket */
	double lo, hi;        /* the column's extent along the axis */
	GPtrArray *chain;     /* the labels and callouts in it, by time */
} Column;

/* A label's first line is level with its leader. */
static double first_line_h(const TlBlock *b)
{
	return g_array_index(b->lines, TlBlockLine, 0).sz.h;
}

/* Where the top of b's box may go: its first line within max_shift of its
 * marker, the box inside the column. */
static void window(const Column *c, const TlBlock *b, double *lo, double *hi)
{
	double f = first_line_h(b) / 2;
	*lo = MAX(c->lo, b->anchor - TLPLACE_MAX_SHIFT - f);
	*hi = MIN(c->hi - b->h, b->anchor + TLPLACE_MAX_SHIFT - f);
}

/* Tops as high (earliest) or as low (latest) as the chain allows, in
 * top[]; FALSE when the chain does not fit. */
static gboolean chain_tops(const Column *c, gboolean latest, double *top)
{
	int n = (int)c->chain->len;
	double edge = latest ? G_MAXDOUBLE : -G_MAXDOUBLE;
	for (int k = 0; k < n; k++) {
		int i = latest ? n - 1 - k : k;
		const TlBlock *b = g_ptr_array_index(c->chain, i);
		double lo, hi;
		window(c, b, &lo, &hi);
		double t = latest ? MIN(hi, edge - GAP - b->h) : MAX(lo, edge + GAP);
		if (t < lo - 1e-6 || t > hi + 1e-6)
			return FALSE;
		top[i] = t;
		edge = latest ? t : t + b->h;
	}
	return TRUE;
}

static gboolean later(const TlBlock *a, const TlBlock *b)
{
	if (a->anchor != b->anchor)
		return a->anchor > b->anchor;
	return a->first > b->first;
}

/* b joins the chain if the chain still fits; FALSE (chain unchanged) if not. */
static gboolean join(Column *c, TlBlock *b)
{
	guint at = 0;
	while (at < c->chain->len && !later(g_ptr_array_index(c->chain, at), b))
		at++;
	g_ptr_array_insert(c->chain, (gint)at, b);
	double *top = g_new(double, c->chain->len);
	gboolean fits = chain_tops(c, FALSE, top);
	g_free(top);
	if (!fits)
		g_ptr_array_remove_index(c->chain, at);
	return fits;
}

/* A block or span: its label, fewer of its events, else callouts. */
static void try_unit(Column *c, TlBlock *b)
{
	TlLayout *L = c->L;
	b->tried = TRUE;
	if (b->span && b->row < 0)
		return;   /* no lane for its bar */
	tlblock_measure(b, L, c->col_w, TLBLOCK_MAX_EVENTS);
	if (join(c, b)) {
		b->state = TLBLOCK_LABEL;
		return;
	}
	if (b->n > FEW_BLOCK_EVENTS) {
		tlblock_measure(b, L, c->col_w, FEW_BLOCK_EVENTS);
		if (join(c, b)) {
			b->state = TLBLOCK_LABEL;
			return;
		}
	}
	int shown = MIN(b->n, FEW_BLOCK_EVENTS);
	if (b->span || L->no_callouts || L->ncallouts + shown > MAX_CALLOUTS)
		return;
	b->shown = shown;
	tlblock_callout(b, L);
	if (join(c, b)) {
		b->state = TLBLOCK_CALLOUT;
		L->ncallouts += shown;
	}
}

/* Anchors along the axis: a block where tlmarks puts its mark, a span at
 * its start. */
static void set_anchors(TlLayout *L)
{
	tlmarks_place(L);
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		b->anchor = tlscale_pos(&L->scale, b->t0);
	}
}

/* The label and its leader from the axis: straight when level with its
 * marker, else with two elbows. */
static void draw_entry(Column *c, const TlBlock *b, double ytop)
{
	TlLayout *L = c->L;
	Color stem = color_rgb(PAGE_STEM);
	tlblock_draw(b, L->scene, c->col_x, ytop, TEXT_LEFT);
	double yt = ytop + first_line_h(b) / 2;
	double foot = c->axis_x + tlmarks_reach(b);
	SceneItem *it;
	if (fabs(yt - b->anchor) < 0.05) {
		it = scene_line(L->scene, "stem", foot, b->anchor, c->col_x - 1.5, yt, 0.5, stem);
	} else {
		ScenePoint p[4] = {{foot, b->anchor}, {MAX(foot + 0.5, c->bend), b->anchor},
		                   {c->col_x - 6, yt}, {c->col_x - 1.5, yt}};
		it = scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
	}
	it->row = tlblock_named_row(b);
}

/* The column's labels as near their markers as the chain lets them: least
 * squares (PAVA), then kept between the earliest and latest tops the chain
 * allows, which keeps every window. Returns the bottom of the column. */
static double draw_column(Column *c)
{
	int m = (int)c->chain->len;
	double *want = g_new(double, MAX(m, 1)), *size = g_new(double, MAX(m, 1));
	double *got = g_new(double, MAX(m, 1)), *early = g_new(double, MAX(m, 1));
	double *late = g_new(double, MAX(m, 1));
	for (int i = 0; i < m; i++) {
		const TlBlock *b = g_ptr_array_index(c->chain, i);
		want[i] = b->anchor - first_line_h(b) / 2 + b->h / 2;
		size[i] = b->h;
	}
	gboolean fits = chain_tops(c, FALSE, early) && chain_tops(c, TRUE, late);
	if (!place_spread(want, size, m, GAP, c->lo, c->hi, got))
		memcpy(got, want, sizeof(double) * (size_t)m);
	double bottom = c->axis_top + c->axis_len;
	for (int i = 0; i < m; i++) {
		const TlBlock *b = g_ptr_array_index(c->chain, i);
		double top = got[i] - b->h / 2;
		if (fits)
			top = CLAMP(top, early[i], late[i]);
		draw_entry(c, b, top);
		bottom = MAX(bottom, top + b->h);
	}
	g_free(want);
	g_free(size);
	g_free(got);
	g_free(early);
	g_free(late);
	return bottom;
}

/* Once placed: sources numbered by what is named, labels measured again
 * with the real note numbers (never taller), callouts numbered. */
static void finish_texts(Column *c)
{
	TlLayout *L = c->L;
	tllayout_number_notes(L);
	for (guint i = 0; i < c->chain->len; i++) {
		TlBlock *b = g_ptr_array_index(c->chain, i);
		if (b->state == TLBLOCK_LABEL)
			tlblock_measure(b, L, c->col_w, b->limit);
	}
	tllayout_number_callouts(L);
}

/* The length the labels need in a column col_w wide: their heights and
 * gaps, measured while few, estimated when many. */
static double needed_length(TlLayout *L, GPtrArray *units, double col_w)
{
	if (units->len > 300)
		return 24.0 * units->len;
	double need = 0;
	for (guint i = 0; i < units->len; i++) {
		TlBlock *b = g_ptr_array_index(units, i);
		tlblock_measure(b, L, col_w, TLBLOCK_MAX_EVENTS);
		need += b->h + GAP;
	}
	return need;
}

/* The tick texts' width beside an axis from y0 to y1. */
static double tick_width(TlLayout *L, double y0, double y1)
{
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, y0, y1 + 8, L->opts->lang, L->tm);
	double w = axis.total;
	tlaxis_clear(&axis);
	return w;
}

/* Sets the axis length and the ranked units, choosing the overview when the
 * markers are too many to label one by one. Caller frees the array. */
static GPtrArray *size_axis(Column *c, double max_len, gboolean fixed, const TextStyle *tick,
                            GError **err)
{
	TlLayout *L = c->L;
	c->axis_top = c->top + 8;
	L->overview = tlrank_dense((int)L->blocks->len, max_len, SLOT);
	if (L->overview || fixed) {
		c->axis_len = max_len;
	} else {
		/* A provisional scale, only for the widths of the tick texts. */
		if (!tllayout_build_scale(L, c->axis_top, c->axis_top + MIN_AXIS * 4, tick, err))
			return NULL;
		double col_w = L->hi - (L->lo + tick_width(L, c->axis_top, c->axis_top + 240) + 7 +
		                        c->lanes_w + GUTTER);
		GPtrArray *all = tlrank_units(L, 0);
		double need = needed_length(L, all, MAX(col_w, MIN_COLUMN));
		g_ptr_array_free(all, TRUE);
		/* Some slack, so labels can sit level with their markers. */
		c->axis_len = CLAMP(need * 1.25, MIN_AXIS, max_len);
	}
	if (!tllayout_build_scale(L, c->axis_top, c->axis_top + c->axis_len, tick, err))
		return NULL;
	set_anchors(L);
	return tlrank_units(L, L->overview ? CLUSTER : 0);
}

/* Tries every unit, then draws the column, spans, markers and axis;
 * returns the bottom, or -1 with *err set. */
static double place_and_draw(Column *c, GPtrArray *units, GError **err)
{
	TlLayout *L = c->L;
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, c->top, c->axis_top + c->axis_len + 8, L->opts->lang,
	               L->tm);
	c->axis_x = L->lo + axis.total + 4 + c->lanes_w + 3;
	c->col_x = c->axis_x + GUTTER;
	c->col_w = L->hi - c->col_x;
	/* Every leader turns toward its label at one line, beyond the marks,
	 * so leaders that keep time order never cross. */
	c->bend = c->axis_x + MAX(7, tlmarks_extent(L) + 1);
	L->wrap_cap = c->col_w;
	double bottom = -1;
	if (c->col_w < MIN_COLUMN) {
		diag_fail(err, DIAG_USAGE, "--size: the page is too narrow for a vertical "
		          "timeline; the labels need about %.0fpt more width", MIN_COLUMN - c->col_w);
	} else {
		tllayout_placeholder_notes(L);
		for (guint i = 0; i < units->len; i++)
			try_unit(c, g_ptr_array_index(units, i));
		finish_texts(c);
		bottom = draw_column(c) + 10;
		/* The axis first: marks are drawn over it, never under it. */
		tlaxis_draw(&axis, L->scene, c->axis_x, c->axis_x - c->lanes_w);
		tlspans_draw_column(L, c->axis_x);
		tlmarks_draw(L, c->axis_x);
		tlrank_report(L);
	}
	tlaxis_clear(&axis);
	return bottom;
}

double tlcolumn_layout(TlLayout *L, double top, double room, GError **err)
{
	TextStyle tick = page_style(6.5, FALSE, FALSE, 0, TEXT_RIGHT);
	Column c = {.L = L, .top = top, .lanes_w = tlspans_assign_lanes(L),
	            .chain = g_ptr_array_new()};
	gboolean fixed = room < G_MAXDOUBLE;
	/* The axis, with 8 points above it; the column may reach 6 past its
	 * ends, with 10 under it. */
	double max_len = fixed ? room - 24 : TLCOLUMN_MAX_AXIS;
	double bottom = -1;
	if (max_len < MIN_AXIS) {
		diag_fail(err, DIAG_USAGE, "--size: the page is too short for this timeline; it "
		          "needs about %.0fpt more height", ceil(MIN_AXIS - max_len));
	} else {
		GPtrArray *units = size_axis(&c, max_len, fixed, &tick, err);
		if (units) {
			c.lo = c.axis_top - 6;
			c.hi = c.axis_top + c.axis_len + 6;
			bottom = place_and_draw(&c, units, err);
			g_ptr_array_free(units, TRUE);
		}
	}
	g_ptr_array_free(c.chain, TRUE);
	return bottom;
}
