/* seatlegend: the key of a seat chart: each party's swatch and name with its
 * seats and share, or its seats and their change in each of several elections. */
#ifndef RENDER_SEATLEGEND_H
#define RENDER_SEATLEGEND_H

#include <glib.h>
#include "seatpage.h"
#include "seats.h"

/* The legend's form: a table (rows of parties, columns of numbers) or a
 * list (entries side by side in columns, as many as the width holds). */
typedef enum { SEATLEGEND_TABLE, SEATLEGEND_LIST } SeatLegendForm;

typedef struct SeatLegendOpts {
	SeatLegendForm form;
	gboolean numbered;        /* number the rows: --labels put numbers on the chart */
	int npanels;              /* panels side by side, to set each election's
	                             columns under its own; 0: none */
	const double *panel_left; /* borrowed, [npanels] */
	double panel_width;
} SeatLegendOpts;

/* The legend of set across the page from y down: one row per party (per
 * lineage, seatseries) with seats, in order of first appearance, numbered
 * with its lineage's number when o->numbered (role legend-number).
 *
 * A table (the default form): for one house, name, seats and share in
 * aligned columns; for several, a head of elections and under each its
 * seats and their change from the election before ("+3", "–2"), under its
 * own panel when the panels stand side by side and leave the names room
 * (two lines each), else one after another after the names.
 * A table of more elections than the width holds becomes a list. A list:
 * entries "name 84 (78.5%)" (names alone for several houses) in as many
 * columns as fit. "Others" is followed by the parties it holds, each a
 * text of role "others". A party --labels could not name on the chart
 * (the scene's left_out says so) is numbered in the key, and a note under
 * it lists its number (role "unlabelled"). Numbers as the language writes
 * them. Returns the bottom (y when no party has seats). */
double seatlegend_emit(SeatPage *sp, const ParlSet *set, const SeatLegendOpts *o,
                       double y);

#endif
