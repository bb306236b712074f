/* seatalt: the seat chart said in plain text (--alt), for readers who cannot
 * see it: the kind of chart, each house's parties with seats and shares. */
#ifndef RENDER_SEATALT_H
#define RENDER_SEATALT_H

#include <glib.h>
#include "chart.h"
#include "seatfig.h"
#include "seats.h"

/* "Hemicycle seat chart. Title, 107 seats: Nur Otan 84 (78.5%), ...;
 * majority 54.\n" (the kind of chart in English only). Caller frees. */
char *seatalt_text(const ParlSet *set, const SeatFigOptions *o, const ChartOptions *co);

#endif
