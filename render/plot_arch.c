/* plot_arch: a house as a hemicycle plot; see plot_arch.h. */
#include "plot_arch.h"
#include "hemicut.h"

/* The cut's line, turned from the arch's frame (y up) into the plot's. */
static void add_cut_line(SeatPlot *p, const Hemicycle *hc, SeatCut *c)
{
	int n;
	HemiPoint at;
	double angle;
	HemiPoint *pts = hemicut_line(hc, c->seats, &n, &at, &angle);
	SeatPlotLine l = {0};
	l.pts = g_new(ScenePoint, n);
	for (int k = 0; k < n; k++)
		l.pts[k] = (ScenePoint){pts[k].x, -pts[k].y};
	l.n = n;
	l.anchor = (ScenePoint){at.x, -at.y};
	l.dir = angle;
	g_free(pts);
	seatplot_add_line(p, &l, c);
}

void plot_arch_build(SeatPlot *p, const Parliament *h, GArray *cuts)
{
	int *counts = parl_seat_counts(h);
	Hemicycle *hc = hemi_new(h->total, counts, h->nparties);
	g_free(counts);
	seatplot_init(p, h, hc->seat_r);
	p->arch = TRUE;
	p->hole = hc->hole;
	for (int i = 0; i < hc->nseats; i++)
		seatplot_add_seat(p, hc->seats[i].x, -hc->seats[i].y, hc->seats[i].party);
	/* The arch's extent, not only its seats: labels keep clear of all of it. */
	p->x0 = -1, p->x1 = 1, p->y0 = -1, p->y1 = MAX(p->y1, 0);
	for (guint i = 0; i < cuts->len; i++)
		add_cut_line(p, hc, seatcut_at(cuts, i));
	hemi_free(hc);
}
