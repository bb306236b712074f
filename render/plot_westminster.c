/* plot_westminster: a house on benches; see plot_westminster.h. */
#include "plot_westminster.h"
#include "benches.h"

#define SEAT_R 0.4           /* of a pitch of 1 */
#define NOTE_OFF 0.15        /* a bench's name sits this far off its seats */
#define OVERHANG 0.35        /* a line stands out past the benches by this */

/* The name of each bench the data gives, outside the rows: the opposition
 * over its bench, the government under its own, the cross benches over
 * theirs at the right. Without a bench column nothing is named: which side
 * governs is not in the data. */
static void name_benches(SeatPlot *p, const Benches *b, Lang l)
{
	if (!b->given)
		return;
	if (b->count[BENCH_UPPER])
		seatplot_add_note(p, lang_word(l, LANG_W_OPPOSITION, 1), b->wing_x + 0.1,
		                  -NOTE_OFF, TRUE, FALSE);
	if (b->count[BENCH_LOWER])
		seatplot_add_note(p, lang_word(l, LANG_W_GOVERNMENT, 1), b->wing_x + 0.1,
		                  b->height + NOTE_OFF, FALSE, FALSE);
	if (b->count[BENCH_CROSS])
		seatplot_add_note(p, lang_word(l, LANG_W_CROSS_BENCHES, 1), b->cross_end - 0.1,
		                  -NOTE_OFF, TRUE, TRUE);
}

/* Across both benches and the floor, standing out past the chamber. */
static void add_cut_line(SeatPlot *p, const Benches *b, SeatCut *c)
{
	double xy[8];
	int n = bench_threshold_line(b, c->seats, OVERHANG, xy);
	SeatPlotLine l = {0};
	l.pts = g_new(ScenePoint, n);
	for (int k = 0; k < n; k++)
		l.pts[k] = (ScenePoint){xy[2 * k], xy[2 * k + 1]};
	l.n = n;
	l.anchor = l.pts[0];
	l.dir = G_PI / 2;
	seatplot_add_line(p, &l, c);
}

void plot_westminster_build(SeatPlot *p, const Parliament *h, GArray *cuts, Lang l)
{
	seatplot_init(p, h, SEAT_R);
	Benches *b = bench_westminster(h->parties, h->nparties);
	for (int i = 0; i < b->nseats; i++)
		seatplot_add_seat(p, b->seats[i].x, b->seats[i].y, b->seats[i].party);
	name_benches(p, b, l);
	for (guint i = 0; i < cuts->len; i++)
		add_cut_line(p, b, seatcut_at(cuts, i));
	bench_free(b);
}
