/* plot_bar: houses as stacked bars, one under another at one scale (length
 * by seats), threshold lines across them and seat counts inside. */
#ifndef RENDER_PLOT_BAR_H
#define RENDER_PLOT_BAR_H

#include <glib.h>
#include "seatfig.h"
#include "seatpage.h"

/* Draws a bar for each house of set from *y down, with o's threshold
 * lines, and sets *y to the bottom of the last. FALSE with DIAG_USAGE when
 * a threshold needs more seats than a house has. */
gboolean plot_bar_emit(SeatPage *sp, const ParlSet *set, const SeatFigOptions *o,
                       double *y, GError **err);

#endif
