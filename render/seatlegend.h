/* seatlegend: the key of a seat chart: each party's swatch and name, with its
 * seats and share for one house, or a table of seats by election for several. */
#ifndef RENDER_SEATLEGEND_H
#define RENDER_SEATLEGEND_H

#include <glib.h>
#include "seatpage.h"
#include "seats.h"

/* The legend's form: a table (rows of parties, columns of numbers) or a
 * list (entries side by side in columns, as many as the width holds). */
typedef enum { SEATLEGEND_TABLE, SEATLEGEND_LIST } SeatLegendForm;

/* The legend of set across the page from y down: every party with seats,
 * once, in seat order. One house: a small table (name, seats, share
 * aligned) when it takes one column, else as many columns of "name 84
 * (78.5%)" as fit. Several houses: one row per party and a column of seats
 * per election when the names keep room, else columns of names. Returns
 * its bottom (y when no party has seats). */
double seatlegend_emit(SeatPage *sp, const ParlSet *set, double y);

#endif
