/* timeline: the timeline figure; see timeline.h.
 * Pipeline: events -> marker blocks -> time scale (breaks) -> selection by
 * priority -> PAVA spreading -> stem-aware rows (tlrows) or a column
 * (tlcolumn) -> callouts for what still does not fit -> legend and notes
 * (tlframe). Every step is linear in the events (plus one sort), and only
 * labels that can be shown are measured. */
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

/* One complete layout with at most `limit` label rows a side (or that long
 * a vertical axis); FALSE on a usage error. *height gets the page height
 * the content needs. The caller clears L. */
static gboolean layout_once(TlLayout *L, double limit, double *height, GError **err)
{
	tllayout_start(L);
	double y = tlframe_heading(L, PAGE_MARGIN + 2);
	y = L->set->vertical ? tlcolumn_layout(L, y, limit, err)
	                     : tlrows_layout(L, y, (int)limit, err);
	if (y < 0)
		return FALSE;
	y = tlframe_footer(L, y + 2);
	*height = ceil(y + PAGE_MARGIN);
	return TRUE;
}

/* A page of fixed height that the layout at limit hi overfills by
 * `height`: the largest limit in [lo, hi) whose layout fits, by bisection,
 * so the search costs a few layouts. Leaves that layout in L. */
static gboolean fit_height(TlLayout *L, double lo, double hi, double height, GError **err)
{
	double page = L->opts->height, over = height - page, good = -1;
	double step = L->set->vertical ? 8 : 1;
	gboolean ok = TRUE;
	hi -= step;
	while (ok && lo <= hi) {
		double mid = floor((lo + hi) / 2);
		ok = layout_once(L, mid, &height, err);
		if (ok && height <= page) {
			good = mid;
			lo = mid + step;
		} else {
			over = MIN(over, height - page);
			hi = mid - step;
		}
	}
	if (ok && good < 0)
		return diag_fail(err, DIAG_USAGE, "--size: the page is too short for this "
		                 "timeline; it needs about %.0fpt more height", over);
	return ok && layout_once(L, good, &height, err);
}

/* Every event without a label or callout on the figure is listed as left
 * out, in file order of the rows' lines. */
static void leave_out_unlabelled(TlLayout *L)
{
	enum { NO_EVENT, UNLABELLED, LABELLED };
	int n = (int)L->ev->items->len, maxline = 0;
	for (int i = 0; i < n; i++)
		maxline = MAX(maxline, tllayout_event(L, i)->line);
	guint8 *state = g_new0(guint8, (gsize)maxline + 1);
	for (int i = 0; i < n; i++)
		state[tllayout_event(L, i)->line] = UNLABELLED;
	for (guint i = 0; i < L->scene->items->len; i++) {
		const SceneItem *it = scene_item(L->scene, i);
		if (it->kind == SCENE_TEXT && it->row > 0 && it->row <= maxline &&
		    (!strcmp(it->role, "label") || !strcmp(it->role, "callout")))
			state[it->row] = LABELLED;
	}
	for (int line = 1; line <= maxline; line++)
		if (state[line] == UNLABELLED)
			scene_leave_out(L->scene, line, "no room for its label");
	g_free(state);
}

gboolean timeline_layout(const Events *ev, const TimelineSettings *set,
                         const ChartOptions *opts, TextMeasurer *tm, Chart *out,
                         GError **err)
{
	if (opts->width < 120)
		return diag_fail(err, DIAG_USAGE, "--size: a timeline needs a page at "
		                 "least 120pt (43mm) wide");
	double hi = set->vertical ? TLCOLUMN_MAX_AXIS : TLROWS_MAX_ROWS;
	double lo = set->vertical ? 60 : 1;
	if (opts->height > 0 && set->vertical)
		hi = MAX(lo, MIN(hi, opts->height));
	TlLayout L;
	tllayout_init(&L, ev, set, opts, tm);
	double height = 0;
	gboolean ok = layout_once(&L, hi, &height, err);
	if (ok && opts->height > 0 && height > opts->height)
		ok = fit_height(&L, lo, hi, height, err);
	if (ok) {
		L.scene->height = opts->height > 0 ? opts->height : height;
		L.scene->hidden = L.hidden;
		leave_out_unlabelled(&L);
		out->alt = tlalt_text(&L);
		out->scene = L.scene;
		L.scene = NULL;
	}
	tllayout_clear(&L);
	return ok;
}
