/* plot_waffle: a house as a grid of seats (waffle.c), its threshold lines
 * staircases that stand out past the grid's top and bottom edges. */
#ifndef RENDER_PLOT_WAFFLE_H
#define RENDER_PLOT_WAFFLE_H

#include <glib.h>
#include "seatplot.h"

/* Fills p (uninitialised; the caller clears it with seatplot_clear) with
 * house h and a line for each of cuts (a GArray of SeatCut), whose labels
 * it takes. One cell is one unit, the grid's top-left corner at (0, 0). */
void plot_waffle_build(SeatPlot *p, const Parliament *h, GArray *cuts);

#endif
