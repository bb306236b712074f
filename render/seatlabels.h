/* seatlabels: --labels, each party named beside its own seats (short name and
 * seats) where there is room; parties without room are left out, and said so. */
#ifndef RENDER_SEATLABELS_H
#define RENDER_SEATLABELS_H

#include <glib.h>
#include "seatpage.h"
#include "seatplot.h"

/* Labels the parties of plot p, drawn at `at`, just outside their seats:
 * off an arch radially outwards, off a grid or benches above or below. A
 * party with no seats, or with no room near them, counts in the scene's
 * hidden; the latter is left out ("no room for its label"), as is every
 * party of a house with more than 80 (a crowd the legend serves better). */
void seatlabels_emit(SeatPage *sp, const SeatPlot *p, SeatPlotPos at);

#endif
