/* tlrows: the horizontal timeline; see tlrows.h.
 * Labels are chosen by priority, their stems spread apart (PAVA), then put
 * in stem-aware rows (place.h) at a few wrap widths, keeping the best. */
#include "tlrows.h"
#include "page.h"
#include "place.h"
#include "tlaxis.h"
#include "tlmarks.h"
#include "tlspans.h"

#include <math.h>
#include <string.h>

enum { FEW_BLOCK_EVENTS = 6,   /* labels under one marker when all do not fit */
       MAX_CALLOUTS = 40 };

static const double STEM_SEP = 7;   /* least distance between two stems */
static const double ELBOW = 16;     /* band beside the axis for brackets and elbows */
static const double BOX_GAP = 3;    /* between label boxes in a row */

/* The ways a block's label is tried, in order, until one finds a row. */
typedef enum {
	TRY_AS_MEASURED,   /* at the trial's wrap width */
	TRY_NARROWER,      /* wrapped narrower: taller, but fits between stems */
	TRY_FEWER,         /* fewer of the events under one marker */
	TRY_CALLOUT,       /* callout numbers, keyed under the chart */
	TRY_COUNT
} Attempt;

/* One way to fill the rows: the label width, and the rows filled from the
 * right (mirror) or the left, with stair rows under a wide box. */
typedef struct Variant {
	double wrap;
	gboolean mirror;
	int stair;
} Variant;

/* One placement trial in progress. */
typedef struct Trial {
	TlLayout *L;
	const Variant *v;
	int max_rows;
	PlaceRows *side[2];        /* rows above and below the axis */
	const GArray *extents;     /* tick texts along the axis, see stem_passes */
} Trial;

/* Anchors on the scale, brackets lifted, the labels (and spans) with a
 * chance chosen, and their sources numbered. */
static void choose_labels(TlLayout *L, int max_rows)
{
	TextStyle label = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
	L->row_unit = text_measure(L->tm, "Ag", &label).h + 0.5;
	tlmarks_place(L);
	tlblock_choose(L->blocks, (int)floor((L->hi - L->lo - 2) / STEM_SEP) + 1);
	tlspans_choose(L, max_rows);
	tllayout_number_notes(L);
	L->hidden_base = 0;
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (!b->chosen)
			L->hidden_base += b->n;
	}
}

/* Stems at least STEM_SEP apart: PAVA moves the fewest, least. */
static void spread_stems(TlLayout *L)
{
	int n = (int)L->blocks->len, m = 0;
	double *x = g_new(double, MAX(n, 1)), *zero = g_new0(double, MAX(n, 1));
	double *out = g_new(double, MAX(n, 1));
	for (int i = 0; i < n; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->chosen)
			x[m++] = b->anchor;
	}
	if (!place_spread(x, zero, m, STEM_SEP, L->lo + 1, L->hi - 1, out))
		memcpy(out, x, sizeof(double) * (size_t)m);
	m = 0;
	for (int i = 0; i < n; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->chosen)
			b->pos = out[m++];
	}
	g_free(x);
	g_free(zero);
	g_free(out);
}

/* Whether a stem at x can pass the tick texts: extents holds merged,
 * sorted intervals [a, b] of them. */
static gboolean stem_passes(const GArray *extents, double x)
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

/* Sets b's lines for an attempt; FALSE when the attempt does not apply. */
static gboolean prepare(Trial *t, TlBlock *b, Attempt attempt)
{
	TlLayout *L = t->L;
	double wrap = t->v->wrap;
	switch (attempt) {
	case TRY_AS_MEASURED:
		tlblock_measure(b, L, wrap, TLBLOCK_MAX_EVENTS);
		return TRUE;
	case TRY_NARROWER:
		if (b->w <= wrap * 0.6 + 0.5)
			return FALSE;
		tlblock_measure(b, L, wrap * 0.6, TLBLOCK_MAX_EVENTS);
		return TRUE;
	case TRY_FEWER:
		if (b->n <= FEW_BLOCK_EVENTS)
			return FALSE;
		tlblock_measure(b, L, wrap, FEW_BLOCK_EVENTS);
		return TRUE;
	default:
		if (L->ncallouts + b->shown > MIN(MAX_CALLOUTS, 2 * t->max_rows))
			return FALSE;
		tlblock_callout(b, L);
		L->ncallouts += b->shown;
		return TRUE;
	}
}

/* Tries to put b's box, k rows tall, on the stem at x (in the placing
 * coordinates) in the lower row free on either side: on a tie the side
 * with fewer rows, then above; below only when its stem clears the tick
 * texts. FALSE when no row takes it. */
static gboolean put_box(Trial *t, TlBlock *b, double x, int k, const double *upcoming,
                        int nup)
{
	double left[2];
	int row[2];
	gboolean can_below = stem_passes(t->extents, b->anchor) &&
	                     stem_passes(t->extents, b->pos);
	row[TLBLOCK_ABOVE] = place_rows_find(t->side[TLBLOCK_ABOVE], x, b->w, k, upcoming, nup,
	                                     &left[TLBLOCK_ABOVE]);
	row[TLBLOCK_BELOW] = can_below ? place_rows_find(t->side[TLBLOCK_BELOW], x, b->w, k,
	                                                 upcoming, nup, &left[TLBLOCK_BELOW])
	                               : -1;
	TlBlockSide pick = row[TLBLOCK_ABOVE] < 0 ? TLBLOCK_BELOW : TLBLOCK_ABOVE;
	if (row[TLBLOCK_ABOVE] >= 0 && row[TLBLOCK_BELOW] >= 0)
		pick = row[TLBLOCK_BELOW] < row[TLBLOCK_ABOVE] ||
		       (row[TLBLOCK_BELOW] == row[TLBLOCK_ABOVE] &&
		        place_rows_used(t->side[TLBLOCK_BELOW]) <
		        place_rows_used(t->side[TLBLOCK_ABOVE])) ? TLBLOCK_BELOW : TLBLOCK_ABOVE;
	if (row[pick] < 0)
		return FALSE;
	place_rows_put(t->side[pick], x, b->w, k, row[pick], left[pick]);
	b->side = pick;
	b->row = row[pick];
	b->left = t->v->mirror ? t->L->lo + t->L->hi - left[pick] - b->w : left[pick];
	return TRUE;
}

/* Places b by the first attempt that finds it a row; counts what it hides. */
static void place_block(Trial *t, TlBlock *b, double x, const double *upcoming, int nup)
{
	b->state = TLBLOCK_UNDRAWN;
	for (Attempt a = TRY_AS_MEASURED; a < TRY_COUNT && b->state == TLBLOCK_UNDRAWN; a++) {
		if (!prepare(t, b, a))
			continue;
		int k = (int)ceil((b->h + (a < TRY_CALLOUT ? 2 : 1)) / t->L->row_unit);
		if (put_box(t, b, x, k, upcoming, nup))
			b->state = a < TRY_CALLOUT ? TLBLOCK_LABEL : TLBLOCK_CALLOUT;
	}
	t->L->hidden += b->state == TLBLOCK_UNDRAWN ? b->n : b->n - b->shown;
}

/* One placement of the chosen blocks in rows above and below the axis;
 * used[] gets the rows each side uses, and L the hidden count and the
 * callouts of this placement. */
static void place_labels(TlLayout *L, const Variant *v, int max_rows,
                         const GArray *extents, int used[2])
{
	int n = (int)L->blocks->len;
	L->hidden = L->hidden_base;
	L->ncallouts = 0;
	g_ptr_array_set_size(L->keys, 0);
	Trial t = {L, v, max_rows, {place_rows_new(max_rows, L->lo, L->hi, BOX_GAP),
	                            place_rows_new(max_rows, L->lo, L->hi, BOX_GAP)}, extents};
	place_rows_set_stair(t.side[TLBLOCK_ABOVE], v->stair);
	place_rows_set_stair(t.side[TLBLOCK_BELOW], v->stair);
	/* Mirrored, the rows are filled from the right: the same first-fit
	 * then builds staircases that descend to the right, which a cluster at
	 * the left edge needs. xs: the stems in placing order and coordinates. */
	double flip = L->lo + L->hi;
	double *xs = g_new(double, MAX(n, 1));
	int nx = 0;
	for (int step = 0; step < n; step++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, v->mirror ? n - 1 - step : step);
		if (b->chosen)
			xs[nx++] = v->mirror ? flip - b->pos : b->pos;
	}
	int at = 0;
	for (int step = 0; step < n; step++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, v->mirror ? n - 1 - step : step);
		if (!b->chosen)
			continue;
		double x = xs[at++];
		place_block(&t, b, x, xs + at, nx - at);
	}
	g_free(xs);
	for (int s = TLBLOCK_ABOVE; s <= TLBLOCK_BELOW; s++) {
		used[s] = place_rows_used(t.side[s]);
		place_rows_free(t.side[s]);
	}
}

/* The key lines under the chart for a callout block: "3  16 Oct 2019: label". */
static void add_keys(TlLayout *L, const TlBlock *b)
{
	for (int i = 0; i < b->shown; i++) {
		const Event *e = tllayout_event(L, b->first + i);
		char *d = tllayout_date(L, e), *t = tllayout_label(L, e);
		g_ptr_array_add(L->keys, g_strdup_printf("%d\u2002%s: %s", b->callout + i, d, t));
		g_free(d);
		g_free(t);
	}
}

/* Numbers the callouts 1.. in time order and writes their key lines. */
static void renumber_callouts(TlLayout *L)
{
	g_ptr_array_set_size(L->keys, 0);
	int next = 1;
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->state != TLBLOCK_CALLOUT)
			continue;
		tlblock_renumber(b, next, L->tm);
		add_keys(L, b);
		next += b->shown;
	}
}

/* Narrower labels are taller: tries a few widths, each filled from either
 * end and with either stair, and keeps the one that leaves out fewest,
 * then needs fewest callouts, then least height. */
static void best_placement(TlLayout *L, int max_rows, const GArray *extents, int used[2])
{
	/* A narrow page still gets labels a few words wide, not one. */
	double width = L->hi - L->lo;
	double full = MIN(150, MAX(width / 2.5, MIN(72, width / 1.5)));
	const double wraps[] = {full, full * 0.8, full * 0.62};
	Variant best = {0}, v;
	int best_score[3] = {G_MAXINT, G_MAXINT, G_MAXINT};
	for (int w = 0; w < 4 * (int)G_N_ELEMENTS(wraps); w++) {
		v = (Variant){wraps[w / 4], w % 2, (w / 2) % 2};
		place_labels(L, &v, max_rows, extents, used);
		int score[3] = {L->hidden, L->ncallouts, used[0] + used[1] + (used[1] > 0)};
		for (int k = 0; k < 3; k++)
			if (score[k] != best_score[k]) {
				if (score[k] < best_score[k]) {
					best = v;
					memcpy(best_score, score, sizeof score);
				}
				break;
			}
	}
	place_labels(L, &best, max_rows, extents, used);
	renumber_callouts(L);
}

/* Where the rows lie around the axis. */
typedef struct Frame {
	double axis_y;       /* the axis line */
	double base;         /* bottom of the row band above */
	double under;        /* under the tick texts */
	double base_below;   /* top of the row band below */
} Frame;

/* The bands between axis and rows hold brackets and elbows; without them
 * they shrink to a short stem. Below the axis: the tick texts (depth), an
 * elbow band, then the rows. */
static Frame frame_rows(const TlLayout *L, double top, int above, double depth)
{
	double band[2] = {[TLBLOCK_ABOVE] = MAX(6, tlmarks_extent(L) + 3), [TLBLOCK_BELOW] = 6};
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->chosen && b->state != TLBLOCK_UNDRAWN && fabs(b->pos - b->anchor) >= 0.05)
			band[b->side] = ELBOW;
	}
	Frame f;
	f.axis_y = top + above * L->row_unit + band[TLBLOCK_ABOVE] + 2;
	f.base = f.axis_y - band[TLBLOCK_ABOVE];
	f.under = f.axis_y + 4 + depth + 2;
	f.base_below = f.under + band[TLBLOCK_BELOW];
	return f;
}

/* A label above the axis and its stem: straight up from the marker, or
 * with an elbow when the label moved. */
static SceneItem *draw_above(TlLayout *L, const TlBlock *b, const Frame *f, TextAlign align)
{
	Color stem = color_rgb(PAGE_STEM);
	double bottom = f->base - b->row * L->row_unit - 1;
	tlblock_draw(b, L->scene, b->left, bottom - b->h, align);
	double foot = f->axis_y - tlmarks_reach(b);
	if (fabs(b->pos - b->anchor) < 0.05)
		return scene_line(L->scene, "stem", b->anchor, foot, b->anchor, bottom + 0.5, 0.5,
		                  stem);
	ScenePoint p[4] = {{b->anchor, foot}, {b->anchor, MIN(foot - 0.5, f->axis_y - 5)},
	                   {b->pos, f->base + 1}, {b->pos, bottom + 0.5}};
	if (p[3].y > p[2].y - 0.01)
		p[3].y = p[2].y - 0.01;
	return scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
}

/* A label below the axis; its stem passes between the tick texts. */
static SceneItem *draw_below(TlLayout *L, const TlBlock *b, const Frame *f, TextAlign align)
{
	Color stem = color_rgb(PAGE_STEM);
	double btop = f->base_below + b->row * L->row_unit + 1;
	tlblock_draw(b, L->scene, b->left, btop, align);
	double foot = f->axis_y + TLMARKS_DOT_R;
	if (fabs(b->pos - b->anchor) < 0.05)
		return scene_line(L->scene, "stem", b->anchor, foot, b->anchor, btop - 0.5, 0.5,
		                  stem);
	ScenePoint p[4] = {{b->anchor, foot}, {b->anchor, f->under + 1},
	                   {b->pos, f->base_below - 1}, {b->pos, btop - 0.5}};
	if (p[3].y < p[2].y + 0.01)
		p[3].y = p[2].y + 0.01;
	return scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
}

/* Every placed label with its stem; the lines align to the stem's side. */
static void draw_labels(TlLayout *L, const Frame *f)
{
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (!b->chosen || b->state == TLBLOCK_UNDRAWN)
			continue;
		TextAlign align = fabs(b->left - b->pos) < 1e-6 ? TEXT_LEFT
		                : fabs(b->left + b->w - b->pos) < 1e-6 ? TEXT_RIGHT : TEXT_CENTER;
		SceneItem *it = b->side == TLBLOCK_ABOVE ? draw_above(L, b, f, align)
		                                         : draw_below(L, b, f, align);
		it->row = tllayout_event(L, b->first)->line;
	}
}

double tlrows_layout(TlLayout *L, double top, int max_rows, GError **err)
{
	TextStyle tick = page_style(6.5, FALSE, FALSE, 0, TEXT_CENTER);
	if (!tllayout_build_scale(L, L->lo + 2, L->hi - 2, &tick, err))
		return -1;
	choose_labels(L, max_rows);
	spread_stems(L);
	/* Tick texts first: stems going below the axis must pass between them. */
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, L->lo, L->hi, L->opts->lang, L->tm);
	GArray *extents = tlaxis_text_extents(&axis);
	/* Span lanes right under the tick texts, near the axis; stems below
	 * pass their bars but not their labels. */
	double spans_h = tlspans_lay_rows(L, max_rows);
	tlspans_add_extents(L, extents);
	int used[2];
	best_placement(L, max_rows, extents, used);
	g_array_free(extents, TRUE);
	Frame f = frame_rows(L, top, used[TLBLOCK_ABOVE], axis.total + spans_h);
	draw_labels(L, &f);
	/* The axis first: marks are drawn over it, never under it. */
	tlaxis_draw(&axis, L->scene, f.axis_y, f.axis_y);
	tlmarks_draw(L, f.axis_y);
	tlspans_draw_rows(L, f.axis_y + 4 + axis.total + 4);
	double y = used[TLBLOCK_BELOW] > 0
	         ? f.base_below + used[TLBLOCK_BELOW] * L->row_unit + 6
	         : f.axis_y + 4 + axis.total + spans_h + 7;
	tlaxis_clear(&axis);
	return y;
}
