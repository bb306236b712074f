/* seatfig: the seat chart page; see seatfig.h.
 *
 * Every house first becomes a plot (seatplot: seats, threshold lines and the
 * space for the total, in its form's own units, y down), or a bar; the page
 * scales the plots to one seat size in a grid of panels, labels them where
 * nothing else is, stacks heading, plots, legend and caption, and takes its
 * height from what it holds. */
#include "seatfig.h"
#include "limit.h"
#include "diag.h"
#include "plot_arch.h"
#include "plot_bar.h"
#include "plot_waffle.h"
#include "plot_westminster.h"
#include "seatcut.h"
#include "seatlabels.h"
#include "seatlegend.h"
#include "seatpage.h"
#include "seatplot.h"

#include <math.h>

#define MIN_WIDTH 144.0      /* below this a legend line cannot hold a name and its seats */
#define CAPTION_SIZE 7.5
#define PANEL_HEAD_SIZE 9.5  /* an election's name over its panel */
#define PANEL_MIN_WIDTH 140.0
#define PANEL_GAP 18.0       /* between panels side by side */
/* The largest seat radius, points: small bodies would give giant dots, so a
 * council of five reads as five seats, not as five balloons. */
#define MAX_SEAT_ONE 13.0
#define MAX_SEAT_PANELS 10.0
/* The largest total in an arch's hole, points. */
#define HOLE_SIZE_ONE 26.0
#define HOLE_SIZE_PANELS 14.0

static void free_plots(SeatPlot *plots, int n)
{
	for (int i = 0; i < n; i++)
		seatplot_clear(&plots[i]);
	g_free(plots);
}

/* The houses of set as plots of o's form, each with its threshold lines.
 * NULL with *err (the plots made so far freed) when a threshold needs more
 * seats than a house has; the caller frees the n plots with free_plots. */
static SeatPlot *make_plots(const ParlSet *set, const SeatFigOptions *o, Lang l,
                            GError **err)
{
	SeatPlot *plots = g_new0(SeatPlot, set->n);
	for (int i = 0; i < set->n; i++) {
		const Parliament *h = &set->houses[i];
		GArray *cuts = seatcut_list(h, o->majority, o->thresholds, o->nthresholds, l, err);
		if (!cuts) {
			free_plots(plots, i);
			return NULL;
		}
		switch (o->layout) {
		case SEATFIG_WAFFLE: plot_waffle_build(&plots[i], h, cuts); break;
		case SEATFIG_WESTMINSTER: plot_westminster_build(&plots[i], h, cuts, l); break;
		default: plot_arch_build(&plots[i], h, cuts); break;
		}
		g_array_free(cuts, TRUE);
	}
	return plots;
}

/* One panel: the cell [left, left + width] from top down. */
typedef struct Panel {
	double left, width, top;
	const char *head;    /* the election's name over it, or NULL */
	double hole_size;    /* the total in the hole at this size; 0: under the plot */
	double label_size;   /* of the threshold labels */
} Panel;

/* Draws plot p at k points per unit, centred in its panel: laid out from
 * y = 0, labelled within the panel and clear of its neighbours, then moved
 * under the panel's top. Returns the bottom of the panel. */
static double emit_panel(SeatPage *sp, const SeatPlot *p, const SeatFigOptions *o,
                         double k, const Panel *pn, const ParlLineage *lineages,
                         gboolean *keyed)
{
	SeatBlock blk = seatpage_begin(sp);
	double page_lo = sp->pg.lo, page_hi = sp->pg.hi;
	sp->pg.lo = pn->left, sp->pg.hi = pn->left + pn->width;
	SeatPlotPos at = {k, pn->left + pn->width / 2 - k * (p->x0 + p->x1) / 2, 0};
	seatplot_emit_seats(sp, p, at);
	seatplot_emit_lines(sp, p, at);
	seatplot_emit_notes(sp, p, at);
	seatplot_emit_line_labels(sp, p, at, pn->label_size);
	/* Party names before the total: a total under the plot closes it,
	 * under the names too (one in an arch's hole is out of their way). */
	if (o->labels)
		*keyed |= seatlabels_emit(sp, p, at, lineages);
	seatplot_emit_total(sp, p, at, pn->hole_size);
	double block_top = seatpage_top(sp, blk.item);
	if (pn->head) {
		TextStyle st = page_style(PANEL_HEAD_SIZE, TRUE, FALSE, pn->width, TEXT_LEFT);
		TextSize sz = text_measure(seatpage_tm(sp), pn->head, &st);
		page_text(&sp->pg, "subtitle", pn->head, st, pn->left, block_top - 4 - sz.h,
		          color_rgb(PAGE_INK));
		block_top -= 4 + sz.h;
	}
	seatpage_move(sp, blk, pn->top - block_top);
	sp->pg.lo = page_lo, sp->pg.hi = page_hi;
	seatpage_end(sp);
	return seatpage_bottom(sp, blk.item);
}

/* The share of a cell an arch takes: a little less than all of it, and
 * with --labels what leaves each side room for the widest label (within
 * reason: the arch stays the figure). */
static double arch_share(const SeatPage *sp, const SeatPlot *plots, int n,
                         const SeatFigOptions *o, double cellw)
{
	double share = n == 1 ? 0.86 : 0.94;
	if (!o->labels)
		return share;
	double want = 0;
	for (int i = 0; i < n; i++)
		want = MAX(want, seatlabels_margin(seatpage_tm(sp), plots[i].house,
		                                   seatpage_lang(sp)));
	return CLAMP(1 - 2 * want / cellw, 0.56, share);
}

/* One scale for every panel: the seat radius in points, the largest at
 * which every plot fits its cell (an arch a little narrower, to leave its
 * labels room). */
static double seat_points(const SeatPage *sp, const SeatPlot *plots, int n,
                          const SeatFigOptions *o, double cellw)
{
	double seat_pt = G_MAXDOUBLE;
	double share = o->layout == SEATFIG_ARCH ? arch_share(sp, plots, n, o, cellw) : 1.0;
	for (int i = 0; i < n; i++) {
		double wu = plots[i].x1 - plots[i].x0;
		seat_pt = MIN(seat_pt, cellw * share / wu * plots[i].seat_r);
	}
	return MIN(seat_pt, n > 1 ? MAX_SEAT_PANELS : MAX_SEAT_ONE);
}

/* The size of the total in each hole: one house decides for itself; small
 * multiples say their totals alike, in every hole at one size when each has
 * room for it, else under every arch (0). */
static double common_hole_size(const SeatPage *sp, const SeatPlot *plots, int n,
                               double seat_pt)
{
	double common = G_MAXDOUBLE;
	for (int i = 0; i < n; i++)
		common = MIN(common, seatplot_hole_size(sp, &plots[i], seat_pt / plots[i].seat_r,
		                                        HOLE_SIZE_PANELS));
	return common;
}

/* Seats a little smaller where a threshold line would have no room between
 * them (plots drawn at ks[i] points per unit), by one factor for all plots
 * so they keep one seat size; never below half. */
static void fit_lines(SeatPlot *plots, int n, const double *ks)
{
	double f = 1;
	for (int i = 0; i < n; i++)
		f = MIN(f, seatplot_line_fit(&plots[i], ks[i]) / plots[i].seat_r);
	f = MAX(f, 0.5);
	for (int i = 0; i < n; i++)
		plots[i].seat_r *= f;
}

/* Houses as plots, one seat size for all, in a grid of panels from *y
 * down; sets *y to the bottom of the last row, and in lo the panels (when
 * they stand in one row) and whether labels numbered any party. */
static gboolean layout_plots(SeatPage *sp, const ParlSet *set, const SeatFigOptions *o,
                             double *y, SeatLegendOpts *lo, GError **err)
{
	int n = set->n;
	SeatPlot *plots = make_plots(set, o, seatpage_lang(sp), err);
	if (!plots)
		return FALSE;
	double avail = sp->pg.hi - sp->pg.lo;
	int cols = n == 1 ? 1 : n == 2 || n == 4 ? 2 : MIN(n, 3);
	if (avail / cols < PANEL_MIN_WIDTH)
		cols = MAX(1, (int)(avail / PANEL_MIN_WIDTH));
	double colgap = n > 1 ? PANEL_GAP : 0;
	double cellw = (avail - colgap * (cols - 1)) / cols;
	double seat_pt = seat_points(sp, plots, n, o, cellw);
	double common = n > 1 ? common_hole_size(sp, plots, n, seat_pt) : 0;
	double *ks = g_new(double, n);
	for (int i = 0; i < n; i++)
		ks[i] = seat_pt / plots[i].seat_r;
	fit_lines(plots, n, ks);
	double top = *y;
	double *lefts = g_new(double, n);
	for (int i = 0; i < n; i++)
		lefts[i] = sp->pg.lo + (i % cols) * (cellw + colgap);
	*lo = (SeatLegendOpts){.form = o->legend, .npanels = n > 1 && n <= cols ? n : 0,
	                       .panel_left = lefts, .panel_width = cellw};
	for (int r = 0; r * cols < n; r++) {
		double row_bottom = top;
		for (int c = 0; c < cols && r * cols + c < n; c++) {
			int i = r * cols + c;
			double k = ks[i];
			Panel pn = {sp->pg.lo + c * (cellw + colgap), cellw, top,
			            n > 1 ? set->houses[i].election : NULL,
			            n > 1 ? common : seatplot_hole_size(sp, &plots[i], k, HOLE_SIZE_ONE),
			            n > 1 ? 7.5 : 8.5};
			scene_set_panel(seatpage_scene(sp), n > 1 ? i : -1);
			double bottom = emit_panel(sp, &plots[i], o, k, &pn, set->lineages,
			                           &lo->numbered);
			row_bottom = MAX(row_bottom, bottom);
		}
		top = row_bottom + SEATPAGE_GAP + 4;
	}
	scene_set_panel(seatpage_scene(sp), -1);
	*y = top - SEATPAGE_GAP - 4;
	g_free(ks);
	free_plots(plots, n);
	return TRUE;
}

/* The page's height: the given one, which must hold the chart, or what the
 * chart needs. */
static gboolean set_height(Scene *s, const ChartOptions *co, double bottom, GError **err)
{
	double need = ceil(bottom + PAGE_MARGIN);
	if (co->height <= 0)
		s->height = need;
	else if (co->height < need && need > LIMIT_PAGE_MAX_PT)   /* no height holds it */
		return diag_fail(err, DIAG_USAGE, "--size: the chart needs a page %.0fpt "
		                 "tall at this width, more than the largest page (%.0fpt, "
		                 "200in); give a wider page or draw fewer elections", need,
		                 LIMIT_PAGE_MAX_PT);
	else if (co->height < need)
		return diag_fail(err, DIAG_USAGE, "--size: the chart needs a page %.0fpt "
		                 "tall at this width, the page is %.0fpt; give a larger "
		                 "height or a width alone", need, co->height);
	return TRUE;
}

Scene *seatfig_layout(const ParlSet *set, const SeatFigOptions *o,
                      const ChartOptions *co, TextMeasurer *tm, GError **err)
{
	if (co->width < MIN_WIDTH) {
		diag_fail(err, DIAG_USAGE, "--size: a seat chart needs a page at least "
		          "%.0fpt (2in) wide, the page is %.0fpt", MIN_WIDTH, co->width);
		return NULL;
	}
	Scene *scene = scene_new(co->width, co->height);
	SeatPage sp;
	seatpage_init(&sp, scene, tm, co);
	double y0 = PAGE_MARGIN, y = page_heading(&sp.pg, y0);
	if (y > y0)
		y += SEATPAGE_GAP;
	SeatLegendOpts lo = {.form = o->legend};
	gboolean ok = o->layout == SEATFIG_BAR ? plot_bar_emit(&sp, set, o, &y, &lo.numbered, err)
	                                       : layout_plots(&sp, set, o, &y, &lo, err);
	if (ok) {
		y = seatlegend_emit(&sp, set, &lo, y + SEATPAGE_GAP + 4);
		g_free((double *)lo.panel_left);
		if (co->caption && *co->caption)
			y = page_paragraph(&sp.pg, y + SEATPAGE_GAP, "note", co->caption,
			                   page_style(CAPTION_SIZE, FALSE, FALSE, 0, TEXT_LEFT),
			                   color_rgb(PAGE_MUTED));
		ok = set_height(scene, co, y, err);
	}
	seatpage_clear(&sp);
	if (!ok) {
		scene_free(scene);
		return NULL;
	}
	return scene;
}
