/* seatfig: the seat chart as a page: the heading, a plot per house in the
 * chosen form (or the bars), the legend and the caption, stacked. */
#ifndef RENDER_SEATFIG_H
#define RENDER_SEATFIG_H

#include <glib.h>
#include "chart.h"
#include "scene.h"
#include "seatlegend.h"
#include "seats.h"
#include "text.h"

typedef enum { SEATFIG_ARCH, SEATFIG_WESTMINSTER, SEATFIG_WAFFLE, SEATFIG_BAR } SeatFigLayout;

typedef struct SeatFigOptions {
	SeatFigLayout layout;
	gboolean majority;               /* draw the majority line */
	const ParlThreshold *thresholds; /* borrowed; further lines, [nthresholds] */
	int nthresholds;
	gboolean labels;                 /* name the parties beside their seats */
	SeatLegendForm legend;           /* the legend as a table or a list */
} SeatFigOptions;

/* Lays set out on a page of co->width (co->height, or as tall as needed when
 * 0). Fails with DIAG_USAGE when a threshold exceeds a house's seats or the
 * given height is too small. Caller owns the scene: scene_free. */
Scene *seatfig_layout(const ParlSet *set, const SeatFigOptions *o,
                      const ChartOptions *co, TextMeasurer *tm, GError **err);

#endif
