/* timeline: the timeline figure; see timeline.h.
 * Pipeline: events -> marker blocks -> time scale (breaks) -> labels tried
 * in rank order (tlrank), placed on either side of the axis (tlrows with
 * tlplace) or in a column (tlcolumn), callouts for what does not fit ->
 * legend, key and notes (tlframe) -> what is left out and why (tlrank).
 * A fixed page is one height budget the placement fills by priority, not
 * a search over layouts. */
#include "timeline.h"
#include "diag.h"
#include "page.h"
#include "tlalt.h"
#include "tlcolumn.h"
#include "tlframe.h"
#include "tllayout.h"
#include "tlrows.h"

#include <math.h>
#include <string.h>

enum { MAX_PASSES = 6,      /* layouts a fixed page may take to fit */
       REFINE_PASSES = 3 };  /* ... and to give back room it withheld */

/* What one pass of the layout is told beyond the inputs. */
typedef struct Pass {
	double reserve;          /* height a fixed page withholds from the chart */
	gboolean no_callouts;
	gboolean hint_vertical;
	TlLayoutDates dates;     /* the date style */
	gboolean near_first;     /* a fixed page too weighs nearness over height */
} Pass;

/* One complete layout from the heading down; on a page of fixed height
 * (page_h > 0) the chart, key and notes get what the heading and caption
 * leave, less pass->reserve. *bottom gets the y under it all, page margin
 * included. FALSE on a usage error. The caller clears L. */
static gboolean layout_once(TlLayout *L, double page_h, const Pass *pass, double *bottom,
                            GError **err)
{
	tllayout_start(L);
	L->no_callouts = pass->no_callouts;
	L->hint_vertical = pass->hint_vertical;
	L->dates = pass->dates;
	L->near_first = pass->near_first;
	double y = tlframe_heading(L, PAGE_MARGIN + 2);
	double room = page_h > 0 ? page_h - PAGE_MARGIN - y - 2 - tlframe_caption_height(L) -
	                           pass->reserve
	                         : G_MAXDOUBLE;
	L->chart_item = L->scene->items->len;
	y = L->set->vertical ? tlcolumn_layout(L, y, room, err) : tlrows_layout(L, y, room, err);
	if (y < 0)
		return FALSE;
	L->footer_item = L->scene->items->len;
	*bottom = tlframe_footer(L, y + 2) + PAGE_MARGIN;
	return TRUE;
}

/* Half a point into the bottom margin is no overflow. */
static gboolean fits(double bottom, double page)
{
	return bottom <= page + 0.5;
}

/* A fitting pass may withhold more room than the notes needed (labels come
 * in steps): a few passes between the reserve too small and the one that
 * fits find the least that fits, so no room stays unused that a label
 * could have had. Leaves the best fitting layout in L. */
static gboolean refine(TlLayout *L, Pass *pass, double too_little, double *bottom,
                       GError **err)
{
	double page = L->opts->height, enough = pass->reserve, last = enough;
	for (int k = 0; k < REFINE_PASSES && enough - too_little > 1; k++) {
		pass->reserve = last = (too_little + enough) / 2;
		if (!layout_once(L, page, pass, bottom, err))
			return FALSE;
		if (fits(*bottom, page))
			enough = last;
		else
			too_little = last;
	}
	if (last == enough)
		return TRUE;
	pass->reserve = enough;
	return layout_once(L, page, pass, bottom, err);
}

/* The layout, on a fixed page laid out again with less room while what
 * the budget could not foresee (the note on unlabelled events, a line more
 * in a note) overfills it: usually one pass, rarely two. */
static gboolean layout_fitted(TlLayout *L, gboolean hint_vertical, TlLayoutDates dates,
                              gboolean near_first, double *bottom, GError **err)
{
	double page = L->opts->height, step = 0, too_little = -1;
	Pass pass = {.hint_vertical = hint_vertical, .dates = dates, .near_first = near_first};
	for (int k = 0; k < MAX_PASSES; k++) {
		/* The last tries keep the key from growing the footer again. */
		pass.no_callouts = k >= MAX_PASSES - 2;
		if (!layout_once(L, page, &pass, bottom, err))
			return FALSE;
		if (page <= 0 || fits(*bottom, page))
			return too_little < 0 || refine(L, &pass, too_little, bottom, err);
		/* Labels come in steps: when the overflow does not shrink, ask
		 * for more room each time. */
		too_little = pass.reserve;
		step = MAX(*bottom - page, step * 2) + 0.5;
		pass.reserve += step;
	}
	return diag_fail(err, DIAG_USAGE, "--size: the page is too short for this timeline; "
	                 "it needs about %.0fpt more height", ceil(*bottom - page));
}

static int cmp_priority_down(gconstpointer pa, gconstpointer pb)
{
	double a = ((const SceneLeftOut *)pa)->priority, b = ((const SceneLeftOut *)pb)->priority;
	return (a < b) - (a > b);
}

/* Compares what two layouts leave without a label or callout: <0 when a
 * leaves less of importance out (its left-out priorities, highest first,
 * are lower at the first place they differ, or fewer), >0 when b does. */
static int cmp_left_out(const TlLayout *a, const TlLayout *b)
{
	GArray *la = g_array_copy(a->scene->left_out), *lb = g_array_copy(b->scene->left_out);
	g_array_sort(la, cmp_priority_down);
	g_array_sort(lb, cmp_priority_down);
	int c = 0;
	for (guint i = 0; c == 0 && i < MIN(la->len, lb->len); i++)
		c = cmp_priority_down(&g_array_index(lb, SceneLeftOut, i),
		                      &g_array_index(la, SceneLeftOut, i));
	if (c == 0)
		c = (la->len > lb->len) - (la->len < lb->len);
	g_array_free(la, TRUE);
	g_array_free(lb, TRUE);
	return c;
}

/* L laid out again with that date style and nearness (in I), kept instead
 * of L (*bottom its bottom) unless it leaves more of importance without a
 * label, turns more events into callouts, or, with lower_wins, stands
 * taller. */
static void try_look(TlLayout *L, double *bottom, TlLayoutDates dates, gboolean near_first,
                     gboolean lower_wins)
{
	TlLayout I;
	tllayout_init(&I, L->ev, L->set, L->opts, L->tm);
	double b = 0;
	if (layout_fitted(&I, FALSE, dates, near_first, &b, NULL)) {
		int c = cmp_left_out(&I, L);
		if (c < 0 || (c == 0 && I.keys->len < L->keys->len) ||
		    (c == 0 && I.keys->len == L->keys->len && (!lower_wins || b <= *bottom + 0.5))) {
			TlLayout swap = *L;
			*L = I;
			I = swap;
			*bottom = b;
		}
	}
	tllayout_clear(&I);
}

/* Whether every label of the timeline can take its date on its line. */
static gboolean dates_inline_fit(const TlLayout *L)
{
	TlLayout I;
	tllayout_init(&I, L->ev, L->set, L->opts, L->tm);
	tllayout_start(&I);
	gboolean fit = tlrows_dates_inline(&I);
	tllayout_clear(&I);
	return fit;
}

/* The look of a horizontal figure, L laid out with its dates over its
 * labels. One date style for the whole figure: on their lines when every
 * label can take it and that leaves no more out, calls no more out and
 * stands no taller. A page that grows keeps labels near their events
 * anyway; a fixed page does when that leaves no more out and calls no
 * more out than the most compact packing. */
static void choose_look(TlLayout *L, double *bottom)
{
	gboolean fixed = L->opts->height > 0;
	if (dates_inline_fit(L))
		try_look(L, bottom, TLLAYOUT_DATES_INLINE, FALSE, TRUE);
	if (fixed)
		try_look(L, bottom, L->dates, TRUE, FALSE);
}

/* Whether the same page laid out vertically leaves fewer events without a
 * label than `hidden`: only then may the note suggest --vertical. */
static gboolean vertical_labels_more(const Events *ev, const TimelineSettings *set,
                                     const ChartOptions *opts, TextMeasurer *tm, int hidden)
{
	TimelineSettings vset = *set;
	vset.vertical = TRUE;
	TlLayout V;
	tllayout_init(&V, ev, &vset, opts, tm);
	double bottom;
	gboolean fewer = layout_fitted(&V, FALSE, TLLAYOUT_DATES_STACKED, FALSE, &bottom, NULL) &&
	                 V.hidden < hidden;
	tllayout_clear(&V);
	return fewer;
}

gboolean timeline_layout(const Events *ev, const TimelineSettings *set,
                         const ChartOptions *opts, TextMeasurer *tm, Chart *out,
                         GError **err)
{
	if (opts->width < 120)
		return diag_fail(err, DIAG_USAGE, "--size: a timeline needs a page at "
		                 "least 120pt (43mm) wide");
	TlLayout L;
	tllayout_init(&L, ev, set, opts, tm);
	double bottom = 0;
	gboolean ok = layout_fitted(&L, FALSE, TLLAYOUT_DATES_STACKED, FALSE, &bottom, err);
	if (ok && !set->vertical && !L.overview)
		choose_look(&L, &bottom);
	/* The note suggests --vertical only when a vertical page of this size
	 * was tried and labels more (an overview counts its events anyway). */
	if (ok && !set->vertical && !L.overview && L.hidden > 0 &&
	    vertical_labels_more(ev, set, opts, tm, L.hidden))
		ok = layout_fitted(&L, TRUE, L.dates, L.near_first, &bottom, err);
	/* A fixed page taller than the figure: the chart under its heading, as
	 * a report's figure reads, the key and notes at the foot of the page. */
	double slack = opts->height > 0 ? opts->height - bottom : 0;
	if (ok && slack > 1)
		scene_shift(L.scene, L.footer_item, G_MAXUINT, slack);
	if (ok) {
		L.scene->height = opts->height > 0 ? opts->height : ceil(bottom);
		L.scene->hidden = L.hidden;
		out->alt = tlalt_text(&L);
		out->scene = L.scene;
		L.scene = NULL;
	}
	tllayout_clear(&L);
	return ok;
}
