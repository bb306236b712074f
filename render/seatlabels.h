/* seatlabels: --labels, every party named on the chart: its name and seats on
 * a leader into the margins, or its legend number where the name finds no room. */
#ifndef RENDER_SEATLABELS_H
#define RENDER_SEATLABELS_H

#include <glib.h>
#include "seatpage.h"
#include "seatplot.h"
#include "seats.h"

/* The left_out reason of a party --labels could not name on the chart,
 * not even by its number (the legend then says so under the key). */
#define SEATLABELS_NO_ROOM "no room for its label"

/* Names every party of plot p, drawn at `at`, in the margins: beside an
 * arch in a column on either side (hugging its curve), above or below (or
 * beside) a grid or benches, each on a leader from its seats. The labels
 * of one side are spread together, in the order of their seats, at least
 * 4 pt from each other and from the text already there. Where a name
 * finds no room it wraps, moves to another side, or becomes its party's
 * legend number (lineages[].number), the smallest parties first. A party
 * not even a number can name is left out ("no room for its label") and
 * counted in hidden, as is one without seats, and every party of a house
 * of more than 80. Returns TRUE when any party got a number: the legend
 * must then number its rows. */
gboolean seatlabels_emit(SeatPage *sp, const SeatPlot *p, SeatPlotPos at,
                         const ParlLineage *lineages);

/* The same for one bar of house h: party i's segment spans [x0[i], x1[i]]
 * between top and bottom (points); names go under the bar, else over it.
 * A party whose count stands in its segment (counted[i]) is named without
 * it. */
gboolean seatlabels_emit_bar(SeatPage *sp, const Parliament *h, const double *x0,
                             const double *x1, const gboolean *counted, double top,
                             double bottom, const ParlLineage *lineages);

/* How much room, points, the labels of arch p want beside it: the widest
 * name, wrapped where it is long, of the parties that stand beside it
 * first (not under its ends, not over its top); for sizing the arch. */
double seatlabels_margin(TextMeasurer *tm, const SeatPlot *p, Lang l);

/* The same beside a waffle p: the widest name, wrapped where it is long,
 * of the parties in its last two columns, whose names may stand beside
 * its right edge. */
double seatlabels_grid_margin(TextMeasurer *tm, const SeatPlot *p, Lang l);

#endif
