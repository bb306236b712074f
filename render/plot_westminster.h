/* plot_westminster: a house on facing benches (benches.c), each bench named;
 * benches have no line a threshold could follow, so cuts are said in words. */
#ifndef RENDER_PLOT_WESTMINSTER_H
#define RENDER_PLOT_WESTMINSTER_H

#include <glib.h>
#include "lang.h"
#include "seatplot.h"

/* Fills p (uninitialised; the caller clears it with seatplot_clear) with
 * house h, its benches named in l, and cuts (a GArray of SeatCut) as words
 * (p->words, "Majority: 54 · 2/3: 72"; NULL without cuts). One seat pitch
 * is one unit. */
void plot_westminster_build(SeatPlot *p, const Parliament *h, GArray *cuts, Lang l);

#endif
