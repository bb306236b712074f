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
static gboolean layout_fitted(TlLayout *L, gboolean hint_vertical, double *bottom,
                              GError **err)
{
	double page = L->opts->height, step = 0, too_little = -1;
	Pass pass = {.hint_vertical = hint_vertical};
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
	gboolean fewer = layout_fitted(&V, FALSE, &bottom, NULL) && V.hidden < hidden;
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
	gboolean ok = layout_fitted(&L, FALSE, &bottom, err);
	/* The note suggests --vertical only when a vertical page of this size
	 * was tried and labels more (an overview counts its events anyway). */
	if (ok && !set->vertical && !L.overview && L.hidden > 0 &&
	    vertical_labels_more(ev, set, opts, tm, L.hidden))
		ok = layout_fitted(&L, TRUE, &bottom, err);
	/* A fixed page taller than the figure: the chart in the middle of the
	 * room under the heading, the key and notes at the foot of the page. */
	double slack = opts->height > 0 ? opts->height - bottom : 0;
	if (ok && slack > 1) {
		scene_shift(L.scene, L.chart_item, L.footer_item, slack / 2);
		scene_shift(L.scene, L.footer_item, G_MAXUINT, slack);
	}
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
