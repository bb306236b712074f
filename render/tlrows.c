/* tlrows: the horizontal timeline; see tlrows.h.
 *
 * Every label is tried once, in rank order (tlrank: priority first): its
 * block is measured at a few wrap widths and tlplace puts it at the
 * cheapest free spot on either side of the axis, straight over its marker
 * or shifted on an elbow; failing that it becomes a callout number on a
 * disc, keyed under the chart; a span goes into the lanes under it all. One
 * height budget covers both sides, the lanes, the key and the Sources note,
 * so a fixed page is filled by priority in a single pass, and a growing one
 * grows as little as each label needs. Then labels move to cheaper spots
 * (never growing the figure) and the ones left out are tried once more. */
#include "tlrows.h"
#include "diag.h"
#include "page.h"
#include "tlaxis.h"
#include "tlframe.h"
#include "tllanes.h"
#include "tlmarks.h"
#include "tlplace.h"
#include "tlrank.h"
#include "tlspans.h"

#include <math.h>
#include <string.h>

enum { FEW_BLOCK_EVENTS = 6,   /* events named under one marker when all do not fit */
       MAX_CALLOUTS = 20,      /* a longer key is no longer read */
       MAX_MOVES = 100,        /* times room is made by moving labels, per layout */
       NWRAPS = 4,
       NVARIANTS = 3 * NWRAPS + 1 };

static const double STEM_SEP = 6;       /* least distance between two stems of a side */
static const double BOX_GAP = 2.5;        /* between label boxes above one another */
static const double BOX_GAP_X = 9;      /* ... side by side, so two never read as one line */
static const double STEM_GAP = 3;       /* between a stem and a box */
static const double ELBOW = 8;         /* the band the elbows cross */
static const double MIN_WRAP = TLLANES_MIN_WRAP;   /* narrowest wrap tried */
static const double UNNAMED_COST = 1000; /* per event a label leaves unnamed: last resort */
static const double AUTO_LIMIT = 560;   /* a figure that grows stops growing here */
static const double OVERVIEW_LIMIT = 320;  /* ... and an overview sooner: it is a summary */
static const guint FIXED_TRY_MAX = 100;   /* blocks a page of fixed height tries one by one */

/* One way a block's label was measured. */
typedef struct Variant {
	double wrap;
	int limit;
	gboolean inline_;   /* date and label on one line */
} Variant;

/* The placement in progress. */
typedef struct Rows {
	TlLayout *L;
	TlPlace *place;
	TlLanes *lanes;
	double limit;           /* the placer's height budget */
	double max_shift;       /* how far a stem may leave its anchor */
	GArray *extents;        /* tick texts and span labels along the axis, see
	                           tllanes_clear_below */
	double wraps[NWRAPS];
	Variant *var;           /* NVARIANTS per block: how its boxes were measured */
	int moves;              /* moves left */
	GArray *cited;          /* of int: sources cited so far, in citing order */
	double sources_h;       /* the Sources note for them */
	int nkeys;              /* key entries so far */
} Rows;

/* The sides a block's stem may take at all: below only between the tick
 * texts. */
static unsigned base_sides(const Rows *R, const TlBlock *b)
{
	unsigned sides = 1u << TLPLACE_ABOVE;
	if (tllanes_clear_below(R->extents, b->anchor))
		sides |= 1u << TLPLACE_BELOW;
	return sides;
}

/* ... of them, the ones with room for its stem now. */
static unsigned sides_of(const Rows *R, const TlBlock *b)
{
	unsigned sides = base_sides(R, b);
	for (int s = TLPLACE_ABOVE; s < TLPLACE_SIDES; s++)
		if ((sides & (1u << s)) && !tlplace_stem_room(R->place, (TlPlaceSide)s, b->anchor,
		                                               (int)(b - (TlBlock *)R->L->blocks->data)))
			sides &= ~(1u << s);
	return sides;
}

/* How much taller the Sources note gets when b's events are cited too;
 * with commit, they are. */
static double cite(Rows *R, const TlBlock *b, gboolean commit)
{
	int before = (int)R->cited->len;
	for (int i = 0; i < b->n; i++) {
		int src = tllayout_event(R->L, b->first + i)->source;
		gboolean known = src <= 0;
		for (guint k = 0; !known && k < R->cited->len; k++)
			known = g_array_index(R->cited, int, k) == src;
		if (!known)
			g_array_append_val(R->cited, src);
	}
	double h = R->cited->len > (guint)before
	         ? tlframe_sources_height(R->L, (const int *)(const void *)R->cited->data,
	                                  (int)R->cited->len)
	         : R->sources_h;
	double grow = h - R->sources_h;
	if (commit)
		R->sources_h = h;
	else
		g_array_set_size(R->cited, (guint)before);
	return grow;
}

/* Measures b at each wrap width (and naming fewer events when it has
 * many); returns how many distinct boxes. */
static int measure_variants(Rows *R, TlBlock *b, TlPlaceBox *box, Variant *v)
{
	int n = 0;
	/* All its events; a crowded marker's few most important; the one most
	 * important, "and N more": leaving events unnamed is a last resort,
	 * taken only where no spot takes a label naming more. */
	int limits[3] = {TLBLOCK_MAX_EVENTS, FEW_BLOCK_EVENTS, 1};
	gboolean stacked = R->L->dates == TLLAYOUT_DATES_STACKED;
	gboolean use[3] = {stacked, stacked && b->n > FEW_BLOCK_EVENTS, stacked && b->n > 1};
	for (int li = 0; li < 3; li++)
		for (int w = 0; w < NWRAPS && use[li]; w++) {
			tlblock_measure(b, R->L, R->wraps[w], limits[li]);
			gboolean same = FALSE;
			for (int k = 0; k < n && !same; k++)
				same = fabs(box[k].w - b->w) < 0.01 && fabs(box[k].h - b->h) < 0.01;
			if (same)
				continue;
			box[n] = (TlPlaceBox){b->w, b->h, UNNAMED_COST * (b->n - b->shown)};
			v[n++] = (Variant){b->wrap, b->limit, FALSE};
		}
	if (!stacked && tlblock_measure_inline(b, R->L, R->wraps[3])) {
		box[n] = (TlPlaceBox){b->w, b->h, 0};
		v[n++] = (Variant){b->wrap, 1, TRUE};
	}
	return n;
}

static int key_of(const Rows *R, const TlBlock *b)
{
	return (int)(b - (TlBlock *)R->L->blocks->data);
}

/* The label at its cheapest free spot; else, or when that spot would
 * leave a label still to come no room for its stem, (when asked, while
 * moves last) with placed labels moved aside or pushed outward; its id, or
 * -1. An overview makes no room: its labels are a summary, and many. */
static int put(Rows *R, const TlPlaceLabel *lab, gboolean make_room)
{
	TlPlaceSpot spot;
	gboolean found = tlplace_find(R->place, lab, &spot);
	if (found && spot.strands == 0)
		return tlplace_put(R->place, lab, &spot);
	int id = -1;
	if (make_room && !R->L->overview && R->moves > 0) {
		R->moves--;
		id = tlplace_put_making_room(R->place, lab, found);
	}
	return id >= 0 || !found ? id : tlplace_put(R->place, lab, &spot);
}

/* b's lines as measured for the box its spot has now (labels move). */
static void measure_placed(Rows *R, TlBlock *b)
{
	const TlPlaceSpot *s = tlplace_spot(R->place, b->spot);
	const Variant *v = &R->var[key_of(R, b) * NVARIANTS + s->box];
	if (!v->inline_ || !tlblock_measure_inline(b, R->L, v->wrap))
		tlblock_measure(b, R->L, MIN(v->wrap, s->w + 0.01), v->limit);
}

/* b as a label: FALSE when no spot takes it. */
static gboolean try_label(Rows *R, TlBlock *b, unsigned sides)
{
	TlPlaceBox box[NVARIANTS];
	int n = measure_variants(R, b, box, &R->var[key_of(R, b) * NVARIANTS]);
	TlPlaceLabel lab = {.anchor = b->anchor, .key = key_of(R, b), .boxes = box, .nboxes = n,
	                    .sides = sides | base_sides(R, b), .extra = cite(R, b, FALSE)};
	int id = put(R, &lab, TRUE);
	if (id < 0)
		return FALSE;
	b->spot = id;
	b->state = TLBLOCK_LABEL;
	measure_placed(R, b);
	cite(R, b, TRUE);
	return TRUE;
}

/* The height b's key entries take under the chart (the last one also
 * counts what the discs do not name). */
static double key_height(const Rows *R, const TlBlock *b)
{
	int *idx = g_new(int, (gsize)b->shown);
	tlblock_pick_events(b, R->L, b->shown, idx);
	char *more = tlblock_more_text(b, R->L);
	double h = 0;
	for (int i = 0; i < b->shown; i++) {
		char *t = tllayout_key_text(R->L, tllayout_event(R->L, idx[i]));
		if (more && i == b->shown - 1) {
			char *tm = g_strdup_printf("%s; %s", t, more);
			g_free(t);
			t = tm;
		}
		h += tlframe_key_height(R->L, t, R->nkeys + i == 0);
		g_free(t);
	}
	g_free(more);
	g_free(idx);
	return h;
}

static gboolean try_callout(Rows *R, TlBlock *b, unsigned sides)
{
	/* As many of its events as the key has room for, the most important
	 * first; the last entry counts the rest. */
	for (int shown = MIN(b->n, FEW_BLOCK_EVENTS); shown >= 1; shown--) {
		if (R->L->no_callouts || R->L->ncallouts + shown > MAX_CALLOUTS)
			continue;
		b->shown = shown;
		tlblock_callout(b, R->L);
		TlPlaceBox box = {b->w, b->h, 0};
		TlPlaceLabel lab = {.anchor = b->anchor, .key = key_of(R, b), .boxes = &box,
		                    .nboxes = 1, .sides = sides | base_sides(R, b),
		                    .extra = key_height(R, b) + cite(R, b, FALSE)};
		/* Room is made for the whole callout only. */
		int id = put(R, &lab, shown == MIN(b->n, FEW_BLOCK_EVENTS));
		if (id < 0)
			continue;
		b->spot = id;
		b->state = TLBLOCK_CALLOUT;
		R->L->ncallouts += shown;
		R->nkeys += shown;
		cite(R, b, TRUE);
		return TRUE;
	}
	return FALSE;
}

/* Room for b made by turning one label near it, of no higher priority,
 * into callouts: every label placed stays on the figure. FALSE (nothing
 * changed) when no such turn makes room. */
static gboolean try_downgrade(Rows *R, TlBlock *b, unsigned sides)
{
	TlLayout *L = R->L;
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *j = &g_array_index(L->blocks, TlBlock, i);
		int shown = MIN(j->n, FEW_BLOCK_EVENTS);
		if (j == b || j->state != TLBLOCK_LABEL || j->prio > b->prio || L->no_callouts ||
		    L->ncallouts + shown > MAX_CALLOUTS ||
		    fabs(j->anchor - b->anchor) > 2 * R->max_shift)
			continue;
		int old = j->spot, ncallouts = L->ncallouts, nkeys = R->nkeys;
		TlPlaceState *saved = tlplace_save(R->place);
		tlplace_take(R->place, old);
		if (try_callout(R, j, base_sides(R, j)) &&
		    (try_label(R, b, sides) || try_callout(R, b, sides))) {
			tlplace_state_free(saved);
			return TRUE;
		}
		/* Everything back as it was (a search may have moved others). */
		tlplace_load(R->place, saved);
		tlplace_state_free(saved);
		L->ncallouts = ncallouts, R->nkeys = nkeys;
		j->spot = old;
		j->state = TLBLOCK_LABEL;
		b->state = TLBLOCK_UNDRAWN;
		measure_placed(R, j);
	}
	return FALSE;
}

/* A marker block: its label, else a callout, else a label near it of no
 * higher priority turned into callouts to make room. */
static void try_block(Rows *R, TlBlock *b)
{
	b->tried = TRUE;
	/* No side with room for its stem: nothing to measure. */
	unsigned sides = sides_of(R, b);
	if (!sides || (!try_label(R, b, sides) && !try_callout(R, b, sides) &&
	               (R->L->overview || !try_downgrade(R, b, sides))))
		b->state = TLBLOCK_UNDRAWN;
}

/* A span: its bar and label into the span lanes (tllanes), in the same
 * budget, the sources it cites counted. */
static void try_span(Rows *R, TlBlock *b)
{
	b->tried = TRUE;
	double cites = cite(R, b, FALSE);
	if (tllanes_place(R->lanes, R->L, R->place, R->extents, b, R->limit, cites))
		cite(R, b, TRUE);
}

/* Second chances once the labels have moved to cheaper spots: a callout
 * becomes a label where one now fits; a block or span left out is tried
 * again. Returns how many changed. */
static int retry(Rows *R, GPtrArray *units)
{
	int changed = 0;
	for (guint i = 0; i < units->len; i++) {
		TlBlock *b = g_ptr_array_index(units, i);
		if (!b->tried || b->state == TLBLOCK_LABEL)
			continue;
		if (b->span) {
			try_span(R, b);
			changed += b->state == TLBLOCK_LABEL;
			continue;
		}
		if (b->state == TLBLOCK_UNDRAWN) {
			try_block(R, b);
			changed += b->state != TLBLOCK_UNDRAWN;
			continue;
		}
		int old = b->spot, shown = b->shown;
		TlPlaceSpot at = *tlplace_spot(R->place, old);
		tlplace_take(R->place, old);
		R->L->ncallouts -= shown;
		R->nkeys -= shown;
		unsigned sides = sides_of(R, b);
		if (sides && try_label(R, b, sides)) {
			changed++;
			continue;
		}
		/* Back where it was: nothing else moved, so the spot is free. */
		b->shown = shown;
		tlblock_callout(b, R->L);
		TlPlaceBox box = {b->w, b->h, 0};
		TlPlaceLabel lab = {.anchor = b->anchor, .key = key_of(R, b), .boxes = &box,
		                    .nboxes = 1, .sides = base_sides(R, b), .extra = key_height(R, b)};
		b->spot = tlplace_put(R->place, &lab, &at);
		b->state = TLBLOCK_CALLOUT;
		R->L->ncallouts += shown;
		R->nkeys += shown;
	}
	return changed;
}

/* Once placed: the sources numbered by what the figure names, and the
 * labels measured again with the real note numbers, never wider than the
 * box they were given (so they still fit it). */
static void finish_texts(Rows *R)
{
	TlLayout *L = R->L;
	tllayout_number_notes(L);
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->state == TLBLOCK_LABEL)
			measure_placed(R, b);
	}
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->state == TLBLOCK_LABEL)
			tllanes_remeasure(L, b);
	}
	tllayout_number_callouts(L);
}

/* Where the bands and label zones lie around the axis. */
typedef struct Frame {
	double axis_y;       /* the axis line */
	double brackets;     /* the bracket band over it */
	double zone_above;   /* y where the labels above start (their d = 0) */
	double under;        /* under the tick texts */
	double zone_below;   /* y where the labels below start */
} Frame;

/* Above: the rows of labels, their band (elbows), the brackets, the axis;
 * below: the tick texts, the band, the rows. */
static Frame frame(const Rows *R, double top, double brackets, double depth)
{
	Frame f;
	f.brackets = brackets;
	f.axis_y = top + 2 + tlplace_side_height(R->place, TLPLACE_ABOVE) + brackets;
	f.zone_above = f.axis_y - brackets - tlplace_band(R->place, TLPLACE_ABOVE);
	f.under = f.axis_y + 4 + depth + 2;
	f.zone_below = f.under + tlplace_band(R->place, TLPLACE_BELOW) - 1;
	return f;
}

/* A label and its stem: straight from the marker, or across the band on
 * an elbow when it was shifted. Shifted less than STEM_GAP (two marks a
 * little nearer than STEM_SEP) from a mark of its own (`alone`: no other
 * stem starts there), one straight slanted line instead of a kink. */
static void draw_label(TlLayout *L, const TlBlock *b, const TlPlaceSpot *s, const Frame *f,
                       gboolean alone)
{
	Color ink = color_rgb(PAGE_STEM);
	gboolean flush_left = fabs(s->left - s->pos) < 1e-6;
	gboolean flush_right = fabs(s->left + s->w - s->pos) < 1e-6;
	TextAlign align = flush_left ? TEXT_LEFT : flush_right ? TEXT_RIGHT : TEXT_CENTER;
	double x = flush_left ? s->pos : flush_right ? s->pos - b->w : s->pos - b->w / 2;
	gboolean above = s->side == TLPLACE_ABOVE, elbow = fabs(s->pos - b->anchor) >= 0.05;
	double near = above ? f->zone_above - s->d : f->zone_below + s->d;
	tlblock_draw(b, L->scene, x, above ? near - b->h : near, align);
	double end = above ? near + 0.5 : near - 0.5;
	double foot = above ? f->axis_y - tlmarks_reach(b) : f->axis_y + TLMARKS_DOT_R;
	SceneItem *it;
	if (!elbow || (alone && fabs(s->pos - b->anchor) < STEM_GAP)) {
		it = scene_line(L->scene, "stem", b->anchor, foot, s->pos, end, 0.5, ink);
	} else {
		double bend = above ? f->axis_y - f->brackets : f->under + 1;
		double bend2 = above ? f->zone_above + 1 : f->zone_below - 1;
		ScenePoint p[4] = {{b->anchor, foot}, {b->anchor, bend}, {s->pos, bend2},
		                   {s->pos, end}};
		it = scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, ink, 0.5);
	}
	it->row = tlblock_named_row(b);
}

static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return (a > b) - (a < b);
}

static void draw_labels(Rows *R, const Frame *f)
{
	TlLayout *L = R->L;
	/* The anchors of the stems drawn, sorted: a stem is alone when no
	 * other starts within STEM_SEP of it. */
	double *at = g_new(double, MAX(L->blocks->len, 1));
	int n = 0;
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->state != TLBLOCK_UNDRAWN)
			at[n++] = b->anchor;
	}
	qsort(at, (size_t)n, sizeof *at, cmp_double);
	for (guint i = 0; i < L->blocks->len; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->state == TLBLOCK_UNDRAWN)
			continue;
		int k = 0;
		while (k < n && at[k] < b->anchor - STEM_SEP)
			k++;
		gboolean alone = k + 1 >= n || at[k + 1] > b->anchor + STEM_SEP;
		draw_label(L, b, tlplace_spot(R->place, b->spot), f, alone);
	}
	g_free(at);
}

/* The widest a label is measured, for a long label where the page has
 * room across (wraps[3]); full, the widest it wraps at otherwise. */
static double widest_wrap(const TlLayout *L, double *full)
{
	double width = L->hi - L->lo;
	*full = MIN(150, MAX(width / 2.5, MIN(72, width / 1.5)));
	return MIN(*full * 1.6, width / 2);
}

/* The wrap widths labels are tried at: a narrow page still gets labels a
 * few words wide, not one. */
static void set_wraps(Rows *R)
{
	double full;
	R->wraps[3] = widest_wrap(R->L, &full);
	/* Narrower, but never so narrow that lines hold a word or two. */
	R->wraps[0] = full;
	R->wraps[1] = MAX(full * 0.75, MIN(full, MIN_WRAP));
	R->wraps[2] = MAX(full * 0.55, MIN(full, MIN_WRAP));
}

gboolean tlrows_dates_inline(TlLayout *L)
{
	double full, wrap = widest_wrap(L, &full);
	tllayout_placeholder_notes(L);
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (!tlblock_measure_inline(b, L, wrap))
			return FALSE;
	}
	for (guint i = 0; i < L->spans->len; i++)
		if (!tlblock_measure_inline(&g_array_index(L->spans, TlBlock, i), L, L->hi - L->lo))
			return FALSE;
	return TRUE;
}

/* The band over the axis the marks stand in. */
static double marks_band(const TlLayout *L)
{
	return MAX(6, tlmarks_extent(L) + 3);
}

static const TlPlaceSpot *spot_of(const Rows *R, const TlBlock *b)
{
	return tlplace_spot(R->place, b->spot);
}

/* Orders blocks for repacking: the widest box first. */
static gint cmp_wider(gconstpointer pa, gconstpointer pb, gpointer data)
{
	const Rows *R = data;
	const TlBlock *a = *(TlBlock *const *)pa, *b = *(TlBlock *const *)pb;
	double wa = spot_of(R, a)->w, wb = spot_of(R, b)->w;
	return wa != wb ? (wa > wb ? -1 : 1) : (a > b) - (a < b);
}

/* A wide search for a few labels, a narrow one for many: about the same
 * work either way. */
static int beam_width(int n)
{
	return CLAMP(240 / MAX(n, 1), 1, 24);
}

/* The labels placed so far packed again in time order, in reverse, and
 * widest first, keeping whichever packing is lowest; returns how many
 * packings were kept. */
static int repack(Rows *R)
{
	GArray *blocks = R->L->blocks;
	GPtrArray *shown = g_ptr_array_new();
	for (guint i = 0; i < blocks->len; i++) {
		TlBlock *b = &g_array_index(blocks, TlBlock, i);
		if (b->state != TLBLOCK_UNDRAWN)
			g_ptr_array_add(shown, b);
	}
	int n = (int)shown->len, kept = 0;
	int *ids = g_new(int, (gsize)MAX(n, 1));
	for (int order = 0; order < 3; order++) {
		if (order == 2)
			g_ptr_array_sort_with_data(shown, cmp_wider, R);
		for (int k = 0; k < n; k++)
			ids[k] = ((TlBlock *)g_ptr_array_index(shown, order == 1 ? n - 1 - k : k))->spot;
		kept += tlplace_repack(R->place, ids, n, beam_width(n));
	}
	g_free(ids);
	g_ptr_array_free(shown, TRUE);
	return kept;
}

/* Every label tried in rank order (first[] going first among equal
 * priorities), then moved and retried. */
static void place_all(Rows *R, const guint8 *first)
{
	TlLayout *L = R->L;
	GPtrArray *units = tlrank_units_first(L, L->overview ? 2 * STEM_SEP : 0, first);
	tllayout_placeholder_notes(L);
	for (guint i = 0; i < units->len; i++) {
		const TlBlock *b = g_ptr_array_index(units, i);
		if (!b->span)
			tlplace_expect(R->place, b->anchor, key_of(R, b), base_sides(R, b));
	}
	for (guint i = 0; i < units->len; i++) {
		TlBlock *b = g_ptr_array_index(units, i);
		if (b->span)
			try_span(R, b);
		else
			try_block(R, b);
	}
	/* What the second chances add is packed with the rest. */
	if (repack(R) + tlplace_improve(R->place, 3) > 0 && retry(R, units) > 0) {
		repack(R);
		tlplace_improve(R->place, 3);
	}
	g_ptr_array_free(units, TRUE);
	tllanes_bars(R->lanes, L, R->place, R->limit);
	finish_texts(R);
}

/* A fresh placement: placer, lanes, citations and counts anew, the spans'
 * extents gone from R->extents (ticks holds the tick texts'). */
static void rows_reset(Rows *R, const TlPlaceRules *rules, const GArray *ticks)
{
	tlplace_free(R->place);
	tllanes_free(R->lanes);
	R->place = tlplace_new(rules);
	R->lanes = tllanes_new();
	g_array_set_size(R->cited, 0);
	g_array_set_size(R->extents, 0);
	g_array_append_vals(R->extents, ticks->data, ticks->len);
	R->sources_h = 0;
	R->nkeys = 0;
	R->moves = MAX_MOVES;
	R->L->ncallouts = 0;
}

/* Whether placement a (shown[] per block, by its rank) beats b: it shows
 * more of the most important events, level by level; then it is lower. */
static gboolean better(const TlLayout *L, const guint8 *a, double ha, const guint8 *b,
                       double hb)
{
	double level = G_MAXDOUBLE;
	for (;;) {
		/* The next priority below level, and the blocks each shows of it. */
		double next = -G_MAXDOUBLE;
		for (guint i = 0; i < L->blocks->len; i++) {
			double p = g_array_index(L->blocks, TlBlock, i).prio;
			if (p < level && p > next)
				next = p;
		}
		if (next == -G_MAXDOUBLE)
			return ha < hb - 1e-6;
		int na = 0, nb = 0;
		for (guint i = 0; i < L->blocks->len; i++)
			if (g_array_index(L->blocks, TlBlock, i).prio == next)
				na += a[i], nb += b[i];
		if (na != nb)
			return na > nb;
		level = next;
	}
}

/* Which blocks the placement shows (label or callout). Caller frees. */
static guint8 *shown_blocks(const TlLayout *L)
{
	guint8 *shown = g_new0(guint8, MAX(L->blocks->len, 1));
	for (guint i = 0; i < L->blocks->len; i++)
		shown[i] = g_array_index(L->blocks, TlBlock, i).state != TLBLOCK_UNDRAWN;
	return shown;
}

/* The placement; when labels found no room, once more with those going
 * first among their equals (the tie order is ours to choose), keeping the
 * pass that shows more of the most important events. */
static void place_passes(Rows *R, const TlPlaceRules *rules, const GArray *ticks)
{
	TlLayout *L = R->L;
	place_all(R, NULL);
	guint8 *first = shown_blocks(L);
	gboolean missed = FALSE;
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		first[i] = b->tried && !first[i];
		missed |= first[i];
	}
	if (missed && !L->overview) {
		guint8 *shown_a = shown_blocks(L);
		double ha = tlplace_height(R->place);
		rows_reset(R, rules, ticks);
		place_all(R, first);
		guint8 *shown_b = shown_blocks(L);
		if (!better(L, shown_b, tlplace_height(R->place), shown_a, ha)) {
			rows_reset(R, rules, ticks);
			place_all(R, NULL);
		}
		g_free(shown_a);
		g_free(shown_b);
	}
	g_free(first);
}

double tlrows_layout(TlLayout *L, double top, double room, GError **err)
{
	TextStyle tick = page_style(6.5, FALSE, FALSE, 0, TEXT_CENTER);
	if (!tllayout_build_scale(L, L->lo + 2, L->hi - 2, &tick, err))
		return -1;
	tlmarks_place(L);
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, L->lo, L->hi, L->opts->lang, L->tm);
	double brackets = marks_band(L), fixed = brackets + axis.total + 13;
	/* On a page of fixed height, making room label by label grows faster
	 * than the labels (140 daily events on A4 took 5 s, 260 took 16 s):
	 * past FIXED_TRY_MAX blocks such a page gets the overview. */
	L->overview = tlrank_dense((int)L->blocks->len, L->hi - L->lo, STEM_SEP) ||
	              (room < G_MAXDOUBLE && L->blocks->len > FIXED_TRY_MAX);
	double limit = room < G_MAXDOUBLE ? room - fixed : L->overview ? OVERVIEW_LIMIT : AUTO_LIMIT;
	if (limit < 0) {
		tlaxis_clear(&axis);
		diag_fail(err, DIAG_USAGE, "--size: the page is too short for this timeline; it "
		          "needs about %.0fpt more height", ceil(-limit));
		return -1;
	}
	/* A page that grows can always take a label farther out: there labels
	 * keep nearer their events. */
	gboolean grows = room >= G_MAXDOUBLE;
	TlPlaceRules rules = {
		.lo = L->lo, .hi = L->hi, .gap = BOX_GAP, .gap_x = BOX_GAP_X, .stem_gap = STEM_GAP,
		.stem_sep = STEM_SEP, .near_first = grows || L->near_first,
		.max_shift = grows || L->near_first ? TLPLACE_MAX_SHIFT_GROWING : TLPLACE_MAX_SHIFT,
		.band = {[TLPLACE_ABOVE] = 1, [TLPLACE_BELOW] = 6},
		.elbow_band = {[TLPLACE_ABOVE] = ELBOW + 1, [TLPLACE_BELOW] = ELBOW + 6},
		.limit = limit,
	};
	GArray *ticks = tlaxis_text_extents(&axis), *extents = g_array_copy(ticks);
	Rows R = {.L = L, .place = tlplace_new(&rules), .lanes = tllanes_new(), .limit = limit,
	          .max_shift = rules.max_shift,
	          .extents = extents, .cited = g_array_new(FALSE, FALSE, sizeof(int)),
	          .var = g_new0(Variant, (gsize)NVARIANTS * MAX(L->blocks->len, 1)),
	          .moves = MAX_MOVES};
	set_wraps(&R);
	place_passes(&R, &rules, ticks);
	/* The near span lanes lie between the tick texts and the labels below,
	 * the far ones under those labels. */
	Frame f = frame(&R, top, brackets, axis.total + tllanes_height(R.lanes, FALSE));
	guint chart = L->scene->items->len;
	draw_labels(&R, &f);
	/* The axis first: marks are drawn over it, never under it. */
	tlaxis_draw(&axis, L->scene, f.axis_y, f.axis_y);
	tlmarks_draw(L, f.axis_y);
	tlspans_draw_rows(L, f.axis_y + 4 + axis.total + 4, FALSE);
	double y = f.under + tlplace_side_height(R.place, TLPLACE_BELOW) + 5;
	if (tllanes_height(R.lanes, TRUE) > 0) {
		double far = tlspans_draw_far(L, chart, f.axis_y + 4) + 5;
		y = MAX(y, far);
	}
	tlrank_report(L);
	tlaxis_clear(&axis);
	g_array_free(R.extents, TRUE);
	g_array_free(ticks, TRUE);
	g_array_free(R.cited, TRUE);
	g_free(R.var);
	tllanes_free(R.lanes);
	tlplace_free(R.place);
	return y;
}
