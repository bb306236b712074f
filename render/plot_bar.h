/* plot_bar: houses as stacked bars, one under another at one scale (length
 * by seats), threshold lines across them, seat counts inside, names below. */
#ifndef RENDER_PLOT_BAR_H
#define RENDER_PLOT_BAR_H

#include <glib.h>
#include "seatfig.h"
#include "seatpage.h"

/* Draws a bar for each house of set from *y down, with o's threshold
 * lines, its seat counts (where they fit, in black or white by contrast)
 * and, with o->labels, every party named under or over it (seatlabels);
 * sets *y to the bottom of the last and *keyed when a label is a number.
 * FALSE with DIAG_USAGE when a threshold needs more seats than a house
 * has. */
gboolean plot_bar_emit(SeatPage *sp, const ParlSet *set, const SeatFigOptions *o,
                       double *y, gboolean *keyed, GError **err);

#endif
