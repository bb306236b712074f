/* plot_westminster: a house on facing benches (benches.c), a bench named only
 * where the data names it, threshold lines across the benches. */
#ifndef RENDER_PLOT_WESTMINSTER_H
#define RENDER_PLOT_WESTMINSTER_H

#include <glib.h>
#include "lang.h"
#include "seatplot.h"

/* Fills p (uninitialised; the caller clears it with seatplot_clear) with
 * house h, the benches its bench column gives named in l, and a line for
 * each of cuts (a GArray of SeatCut), whose labels it takes. One seat pitch
 * is one unit. */
void plot_westminster_build(SeatPlot *p, const Parliament *h, GArray *cuts, Lang l);

#endif
