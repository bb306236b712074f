/* plot_arch: a house as a hemicycle: the seats and threshold lines that
 * hemicycle.c places, as a plot whose total may sit in the arch's hole. */
#ifndef RENDER_PLOT_ARCH_H
#define RENDER_PLOT_ARCH_H

#include <glib.h>
#include "seatplot.h"

/* Fills p (uninitialised; the caller clears it with seatplot_clear) with
 * house h and a line for each of cuts (a GArray of SeatCut), whose labels
 * it takes. The arch spans x -1..1 and y -1..0 (y down). */
void plot_arch_build(SeatPlot *p, const Parliament *h, GArray *cuts);

#endif
