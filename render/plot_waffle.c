/* plot_waffle: a house as a grid plot; see plot_waffle.h. */
#include "plot_waffle.h"
#include "waffle.h"

#define ASPECT 3.0           /* the grid is about three times as wide as tall */
#define SEAT_R 0.4           /* of a cell of 1 */
#define OVERHANG 0.35        /* a line stands out past the grid by this */

/* Out past the grid's top and bottom edges, so the line reads as a cut. */
static void add_cut_line(SeatPlot *p, const Waffle *wf, SeatCut *c)
{
	double xy[12];
	int n = waffle_threshold_line(wf, c->seats, xy);
	SeatPlotLine l = {0};
	l.pts = g_new(ScenePoint, n + 2);
	l.pts[0] = (ScenePoint){xy[0], -OVERHANG};
	for (int k = 0; k < n; k++)
		l.pts[k + 1] = (ScenePoint){xy[2 * k], xy[2 * k + 1]};
	l.pts[n + 1] = (ScenePoint){xy[2 * n - 2], wf->rows + OVERHANG};
	l.n = n + 2;
	l.anchor = l.pts[0];
	l.dir = G_PI / 2;
	seatplot_add_line(p, &l, c);
}

void plot_waffle_build(SeatPlot *p, const Parliament *h, GArray *cuts)
{
	int *counts = parl_seat_counts(h);
	Waffle *wf = waffle_new(h->total, counts, h->nparties, ASPECT);
	g_free(counts);
	seatplot_init(p, h, SEAT_R);
	for (int i = 0; i < wf->nseats; i++)
		seatplot_add_seat(p, wf->seats[i].col + 0.5, wf->seats[i].row + 0.5,
		                  wf->seats[i].party);
	for (guint i = 0; i < cuts->len; i++)
		add_cut_line(p, wf, seatcut_at(cuts, i));
	waffle_free(wf);
}
